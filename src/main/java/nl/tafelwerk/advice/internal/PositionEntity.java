package nl.tafelwerk.advice.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.tafelwerk.advice.SectorPosition;
import nl.tafelwerk.advice.Stance;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "advice_position")
public class PositionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    @Column(name = "advice_id")
    private long adviceId;
    @Column(name = "sector_code")
    private String sectorCode = "";
    @Enumerated(EnumType.STRING)
    private Stance stance = Stance.STEUNT;
    private String reason = "";
    @Column(name = "set_by")
    private String setBy = "";
    @Column(name = "set_by_name")
    private String setByName = "";
    @Column(name = "set_at")
    private Instant setAt = Instant.EPOCH;
    @Version
    private long version;

    protected PositionEntity() {
    }

    public PositionEntity(long adviceId, String sectorCode) {
        this.adviceId = adviceId;
        this.sectorCode = sectorCode;
    }

    public void set(Stance stance, String reason, String by, String byName, Instant at) {
        this.stance = stance;
        this.reason = reason;
        this.setBy = by;
        this.setByName = byName;
        this.setAt = at;
    }

    public SectorPosition toPosition(String sectorName) {
        return new SectorPosition(sectorCode, sectorName, stance, reason, setBy, setByName, setAt);
    }

    public boolean isNew() {
        return id == null;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public Stance getStance() {
        return stance;
    }

    public String getReason() {
        return reason;
    }
}
