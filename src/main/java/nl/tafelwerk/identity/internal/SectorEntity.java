package nl.tafelwerk.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.tafelwerk.identity.Participation;
import nl.tafelwerk.identity.SectorView;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "sector")
public class SectorEntity {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    private @Nullable String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Participation participation;

    @Version
    private long version;

    protected SectorEntity() {
        this.code = "";
        this.name = "";
        this.participation = Participation.GENOEMD;
    }

    public SectorEntity(String code, String name, @Nullable String description, Participation participation) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.participation = participation;
    }

    public String getCode() {
        return code;
    }

    public SectorView toView() {
        return new SectorView(code, name, description == null ? "" : description, participation);
    }
}
