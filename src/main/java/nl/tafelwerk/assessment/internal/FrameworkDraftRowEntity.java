package nl.tafelwerk.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a gate row and a criterion row of the draft share: the id co-editors use as the row's key, the draft, the
 * position and code, name and description. Versioned through the draft.
 */
@MappedSuperclass
public abstract class FrameworkDraftRowEntity {

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

    protected FrameworkDraftRowEntity() {
    }

    protected FrameworkDraftRowEntity(FrameworkDraftEntity draft, int position) {
        this.draft = draft;
        this.position = position;
    }

    protected void updateRow(String code, String name, @Nullable String description) {
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
