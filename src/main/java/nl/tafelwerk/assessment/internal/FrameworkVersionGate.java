package nl.tafelwerk.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import nl.tafelwerk.assessment.GateCriterion;
import org.jspecify.annotations.Nullable;

/** A gate of a published version; part of that version, never changed. */
@Embeddable
public class FrameworkVersionGate {

    @Column(nullable = false)
    private String code = "";

    @Column(nullable = false)
    private String name = "";

    private @Nullable String description;

    protected FrameworkVersionGate() {
    }

    public FrameworkVersionGate(GateCriterion gate) {
        this.code = gate.code();
        this.name = gate.name();
        this.description = gate.description().isBlank() ? null : gate.description();
    }

    GateCriterion toGate() {
        return new GateCriterion(code, name, description == null ? "" : description);
    }
}
