package nl.tafelwerk.scenarios.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.tafelwerk.scenarios.FteLine;
import nl.tafelwerk.scenarios.Milestone;
import nl.tafelwerk.scenarios.MoneyLine;
import nl.tafelwerk.scenarios.PlannedBouwsteen;
import nl.tafelwerk.scenarios.Scenario;
import nl.tafelwerk.scenarios.ScenarioDraft;
import nl.tafelwerk.scenarios.ScenarioRisk;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/** A scenario as stored: texts in columns, lines as JSON, one version for all of it. */
@Entity
@Table(name = "scenario")
public class ScenarioEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String code = "";
    @Column(name = "vraagstuk_code", nullable = false)
    private String vraagstukCode = "";
    @Column(name = "variant_of")
    private @Nullable String variantOf;
    private String name = "";
    @Column(columnDefinition = "TEXT")
    private String summary = "";
    @Column(columnDefinition = "TEXT")
    private String assumptions = "";
    @Column(columnDefinition = "TEXT")
    private String delivered = "";
    @Column(name = "for_sectors")
    private String forSectors = "";
    @Column(columnDefinition = "TEXT")
    private String effects = "";
    @Column(name = "inhoud_narrative", columnDefinition = "TEXT")
    private String inhoudNarrative = "";
    @Column(name = "tijd_narrative", columnDefinition = "TEXT")
    private String tijdNarrative = "";
    @Column(name = "geld_narrative", columnDefinition = "TEXT")
    private String geldNarrative = "";
    @Column(name = "risico_narrative", columnDefinition = "TEXT")
    private String risicoNarrative = "";
    @Column(name = "first_year")
    private int firstYear;
    @Column(name = "last_year")
    private int lastYear;
    @Column(name = "discount_rate", precision = 7, scale = 4)
    private BigDecimal discountRate = BigDecimal.ZERO;
    @Column(name = "plan_json", columnDefinition = "LONGTEXT")
    private String planJson = "[]";
    @Column(name = "milestones_json", columnDefinition = "LONGTEXT")
    private String milestonesJson = "[]";
    @Column(name = "money_json", columnDefinition = "LONGTEXT")
    private String moneyJson = "[]";
    @Column(name = "fte_json", columnDefinition = "LONGTEXT")
    private String fteJson = "[]";
    @Column(name = "risks_json", columnDefinition = "LONGTEXT")
    private String risksJson = "[]";
    @Column(name = "created_by")
    private String createdBy = "";
    @Column(name = "updated_at")
    private Instant updatedAt = Instant.EPOCH;
    @Column(name = "updated_by")
    private String updatedBy = "";
    @Version
    private long version;

    protected ScenarioEntity() {
    }

    public ScenarioEntity(String code, String vraagstukCode, @Nullable String variantOf, String createdBy) {
        this.code = code;
        this.vraagstukCode = vraagstukCode;
        this.variantOf = variantOf;
        this.createdBy = createdBy;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getVraagstukCode() {
        return vraagstukCode;
    }

    public long getVersion() {
        return version;
    }

    /** The co-edited fields; the draft is already checked and its rate parsed. */
    public void apply(ScenarioDraft d, BigDecimal rate) {
        name = d.name();
        summary = d.summary();
        assumptions = d.assumptions();
        delivered = d.delivered();
        forSectors = String.join(",", new TreeSet<>(d.forSectors()));
        effects = d.effects();
        inhoudNarrative = d.inhoudNarrative();
        tijdNarrative = d.tijdNarrative();
        geldNarrative = d.geldNarrative();
        risicoNarrative = d.risicoNarrative();
        firstYear = java.util.Objects.requireNonNull(d.firstYear());
        lastYear = java.util.Objects.requireNonNull(d.lastYear());
        if (discountRate.compareTo(rate) != 0) {
            discountRate = rate;
        }
    }

    public void setLines(List<PlannedBouwsteen> plan, List<Milestone> milestones, List<MoneyLine> money, List<FteLine> fte,
                         List<ScenarioRisk> risks) {
        planJson = ScenarioJson.write(plan);
        milestonesJson = ScenarioJson.write(milestones);
        moneyJson = ScenarioJson.write(money);
        fteJson = ScenarioJson.write(fte);
        risksJson = ScenarioJson.write(risks);
    }

    public void touch(Instant at, String by) {
        updatedAt = at;
        updatedBy = by;
    }

    public Scenario toScenario() {
        Set<String> sectors = forSectors.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(forSectors.split(",")));
        return new Scenario(code, vraagstukCode, variantOf, name, summary, assumptions, delivered, sectors, effects,
                inhoudNarrative, tijdNarrative, geldNarrative, risicoNarrative, firstYear, lastYear, discountRate,
                ScenarioJson.read(planJson, new TypeReference<List<PlannedBouwsteen>>() { }),
                ScenarioJson.read(milestonesJson, new TypeReference<List<Milestone>>() { }),
                ScenarioJson.read(moneyJson, new TypeReference<List<MoneyLine>>() { }),
                ScenarioJson.read(fteJson, new TypeReference<List<FteLine>>() { }),
                ScenarioJson.read(risksJson, new TypeReference<List<ScenarioRisk>>() { }),
                updatedAt, updatedBy, version);
    }
}
