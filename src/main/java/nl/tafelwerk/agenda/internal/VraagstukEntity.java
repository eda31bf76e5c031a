package nl.tafelwerk.agenda.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.tafelwerk.agenda.VraagstukStatus;
import org.jspecify.annotations.Nullable;

/** An intersectoral issue on (or on its way to) the voorraadagenda. */
@Entity
@Table(name = "vraagstuk")
public class VraagstukEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String code = "";

    @Column(nullable = false)
    private String title = "";

    @Column(nullable = false)
    private String type = "";

    private @Nullable String description;

    @Column(name = "submitted_by_sector")
    private @Nullable String submittedBySector;

    @Column(name = "input_source")
    private @Nullable String inputSource;

    private @Nullable String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VraagstukStatus status = VraagstukStatus.INGEDIEND;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @ElementCollection
    @CollectionTable(name = "vraagstuk_affected_sector", joinColumns = @JoinColumn(name = "vraagstuk_id"))
    @Column(name = "sector_code")
    private Set<String> affectedSectors = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "vraagstuk_bouwsteen", joinColumns = @JoinColumn(name = "vraagstuk_id"))
    @Column(name = "bouwsteen_code")
    private Set<String> bouwstenen = new LinkedHashSet<>();

    @Version
    private long version;

    protected VraagstukEntity() {
    }

    public VraagstukEntity(String code, String title, String type, @Nullable String description,
                           @Nullable String submittedBySector, @Nullable String inputSource, @Nullable String source,
                           VraagstukStatus status, Instant createdAt, Set<String> affectedSectors, Set<String> bouwstenen) {
        this.code = code;
        this.title = title;
        this.type = type;
        this.description = description;
        this.submittedBySector = submittedBySector;
        this.inputSource = inputSource;
        this.source = source;
        this.status = status;
        this.createdAt = createdAt;
        this.affectedSectors = new LinkedHashSet<>(affectedSectors);
        this.bouwstenen = new LinkedHashSet<>(bouwstenen);
    }
}
