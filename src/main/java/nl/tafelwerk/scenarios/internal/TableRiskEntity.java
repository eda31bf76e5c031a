package nl.tafelwerk.scenarios.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.tafelwerk.scenarios.RiskLevel;
import nl.tafelwerk.scenarios.TableRisk;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "table_risk")
public class TableRiskEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String nr = "";
    private String risk = "";
    @Column(name = "kans_written")
    private @Nullable String kansWritten;
    @Enumerated(EnumType.STRING)
    private @Nullable RiskLevel kans;
    @Column(name = "impact_written")
    private @Nullable String impactWritten;
    @Enumerated(EnumType.STRING)
    private @Nullable RiskLevel impact;
    @Column(name = "prio_written")
    private @Nullable String prioWritten;
    @Enumerated(EnumType.STRING)
    private @Nullable RiskLevel prio;
    private String mitigation = "";
    @Column(name = "owner_name")
    private String owner = "";
    private String source = "";

    protected TableRiskEntity() {
    }

    public TableRiskEntity(String nr, String risk, @Nullable String kans, @Nullable String impact, @Nullable String prio,
                           String mitigation, String owner, String source) {
        this.nr = nr;
        this.risk = risk;
        this.kansWritten = kans;
        this.kans = kans == null ? null : RiskLevel.parse(kans).orElse(null);
        this.impactWritten = impact;
        this.impact = impact == null ? null : RiskLevel.parse(impact).orElse(null);
        this.prioWritten = prio;
        this.prio = prio == null ? null : RiskLevel.parse(prio).orElse(null);
        this.mitigation = mitigation;
        this.owner = owner;
        this.source = source;
    }

    public TableRisk toRisk() {
        return new TableRisk(nr, risk, kansWritten, kans, impactWritten, impact, prioWritten, prio, mitigation, owner, source);
    }
}
