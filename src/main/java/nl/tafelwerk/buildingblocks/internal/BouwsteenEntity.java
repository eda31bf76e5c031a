package nl.tafelwerk.buildingblocks.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A building block of the information system (DOMAIN.md §4). */
@Entity
@Table(name = "bouwsteen")
public class BouwsteenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String code = "";

    @Column(nullable = false)
    private String name = "";

    private @Nullable String description;

    @Column(nullable = false)
    private String type = "";

    private @Nullable String phase;
    private @Nullable String impact;
    private @Nullable String status;
    private @Nullable String owner;

    @Column(name = "legal_anchor")
    private @Nullable String legalAnchor;

    private @Nullable String source;

    @ElementCollection
    @CollectionTable(name = "bouwsteen_sector", joinColumns = @JoinColumn(name = "bouwsteen_id"))
    @Column(name = "sector_code")
    private Set<String> sectors = new LinkedHashSet<>();

    @Version
    private long version;

    protected BouwsteenEntity() {
    }

    public BouwsteenEntity(String code, String name, @Nullable String description, String type, @Nullable String phase,
                           @Nullable String impact, @Nullable String status, @Nullable String owner,
                           @Nullable String legalAnchor, @Nullable String source, Set<String> sectors) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.type = type;
        this.phase = phase;
        this.impact = impact;
        this.status = status;
        this.owner = owner;
        this.legalAnchor = legalAnchor;
        this.source = source;
        this.sectors = new LinkedHashSet<>(sectors);
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }
}
