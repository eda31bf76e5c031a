package nl.tafelwerk.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A gate in the draft; its id is the key co-editors share for this row. Versioned through the draft. */
@Entity
@Table(name = "framework_draft_gate")
public class FrameworkDraftGateEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "draft_id")
    private @Nullable FrameworkDraftEntity draft;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String code = "";

    @Column(nullable = false)
    private String name = "";

    private @Nullable String description;

    protected FrameworkDraftGateEntity() {
    }

    FrameworkDraftGateEntity(FrameworkDraftEntity draft, int position, String code, String name, @Nullable String description) {
        this.draft = draft;
        this.position = position;
        update(code, name, description);
    }

    public void update(String code, String name, @Nullable String description) {
        this.code = code;
        this.name = name;
        this.description = description == null || description.isBlank() ? null : description;
    }

    public long getId() {
        return Objects.requireNonNull(id);
    }

    public @Nullable Long getIdOrNull() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description == null ? "" : description;
    }
}
