package nl.tafelwerk.assessment.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A gate in the draft; its id is the key co-editors share for this row. Versioned through the draft. */
@Entity
@Table(name = "framework_draft_gate")
public class FrameworkDraftGateEntity extends FrameworkDraftRowEntity {

    protected FrameworkDraftGateEntity() {
    }

    FrameworkDraftGateEntity(FrameworkDraftEntity draft, int position, String code, String name, @Nullable String description) {
        super(draft, position);
        update(code, name, description);
    }

    public void update(String code, String name, @Nullable String description) {
        updateRow(code, name, description);
    }
}
