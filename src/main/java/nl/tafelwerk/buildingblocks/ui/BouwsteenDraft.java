package nl.tafelwerk.buildingblocks.ui;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tafelwerk.buildingblocks.AcceptanceCriterion;
import nl.tafelwerk.buildingblocks.Bouwsteen;
import nl.tafelwerk.buildingblocks.BouwsteenChange;
import nl.tafelwerk.buildingblocks.BouwsteenFields;
import nl.tafelwerk.buildingblocks.BouwsteenStatus;
import nl.tafelwerk.buildingblocks.Impact;
import nl.tafelwerk.buildingblocks.ImplementationPhase;
import nl.tafelwerk.shared.FieldCatalogue;
import org.jspecify.annotations.Nullable;

/** The co-edited values of a bouwsteen; public with bean properties because the form binds by name. */
public class BouwsteenDraft {

    /** The bouwsteen's co-edited fields: the catalogue's, read from the form's values. */
    static final FieldCatalogue<BouwsteenDraft> FIELDS = BouwsteenFields.CATALOGUE.readFrom(draft -> draft.toChange(0));

    private String name = "";
    private String description = "";
    private @Nullable String type;
    private String owner = "";
    private @Nullable ImplementationPhase phase;
    private @Nullable Impact impact;
    private @Nullable BouwsteenStatus tableStatus;
    private @Nullable Integer leadTimeWeeks;
    private String source = "";
    private String legalAnchor = "";
    private Set<String> sectors = new LinkedHashSet<>();
    private Integer levelReferentieproces = 0;
    private Integer levelToegevoegdeWaarde = 0;
    private Integer levelTechnischGereed = 0;
    private Integer levelTijdslijnen = 0;
    private Integer levelSturingsmechanismen = 0;
    private Integer levelBeheer = 0;

    static BouwsteenDraft of(Bouwsteen b) {
        BouwsteenDraft d = new BouwsteenDraft();
        d.name = b.name();
        d.description = b.description() == null ? "" : b.description();
        d.type = b.type();
        d.owner = b.owner() == null ? "" : b.owner();
        d.phase = b.phase();
        d.impact = b.impact();
        d.tableStatus = b.tableStatus();
        d.leadTimeWeeks = b.leadTimeWeeks();
        d.source = b.source() == null ? "" : b.source();
        d.legalAnchor = b.legalAnchor() == null ? "" : b.legalAnchor();
        d.sectors = new LinkedHashSet<>(b.sectors());
        for (AcceptanceCriterion c : AcceptanceCriterion.values()) {
            d.setLevel(c, b.level(c));
        }
        return d;
    }

    /** The draft as the change it saves, against {@code baseVersion}. */
    BouwsteenChange toChange(long baseVersion) {
        return new BouwsteenChange(name, description, type == null ? "" : type, owner, phase, impact, tableStatus,
                List.copyOf(sectors), leadTimeWeeks, levels(), source, legalAnchor, baseVersion);
    }

    Integer level(AcceptanceCriterion criterion) {
        Integer value = switch (criterion) {
            case REFERENTIEPROCES -> levelReferentieproces;
            case TOEGEVOEGDE_WAARDE -> levelToegevoegdeWaarde;
            case TECHNISCH_GEREED -> levelTechnischGereed;
            case TIJDSLIJNEN -> levelTijdslijnen;
            case STURINGSMECHANISMEN -> levelSturingsmechanismen;
            case BEHEER -> levelBeheer;
        };
        return value == null ? 0 : value;
    }

    void setLevel(AcceptanceCriterion criterion, Integer level) {
        switch (criterion) {
            case REFERENTIEPROCES -> levelReferentieproces = level;
            case TOEGEVOEGDE_WAARDE -> levelToegevoegdeWaarde = level;
            case TECHNISCH_GEREED -> levelTechnischGereed = level;
            case TIJDSLIJNEN -> levelTijdslijnen = level;
            case STURINGSMECHANISMEN -> levelSturingsmechanismen = level;
            case BEHEER -> levelBeheer = level;
        }
    }

    Map<AcceptanceCriterion, Integer> levels() {
        Map<AcceptanceCriterion, Integer> levels = new EnumMap<>(AcceptanceCriterion.class);
        for (AcceptanceCriterion c : AcceptanceCriterion.values()) {
            levels.put(c, level(c));
        }
        return levels;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public @Nullable String getType() { return type; }
    public void setType(@Nullable String type) { this.type = type; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public @Nullable ImplementationPhase getPhase() { return phase; }
    public void setPhase(@Nullable ImplementationPhase phase) { this.phase = phase; }
    public @Nullable Impact getImpact() { return impact; }
    public void setImpact(@Nullable Impact impact) { this.impact = impact; }
    public @Nullable BouwsteenStatus getTableStatus() { return tableStatus; }
    public void setTableStatus(@Nullable BouwsteenStatus tableStatus) { this.tableStatus = tableStatus; }
    public @Nullable Integer getLeadTimeWeeks() { return leadTimeWeeks; }
    public void setLeadTimeWeeks(@Nullable Integer leadTimeWeeks) { this.leadTimeWeeks = leadTimeWeeks; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getLegalAnchor() { return legalAnchor; }
    public void setLegalAnchor(String legalAnchor) { this.legalAnchor = legalAnchor; }
    public Set<String> getSectors() { return sectors; }
    public void setSectors(Set<String> sectors) { this.sectors = sectors; }
    public Integer getLevelReferentieproces() { return levelReferentieproces; }
    public void setLevelReferentieproces(Integer v) { this.levelReferentieproces = v; }
    public Integer getLevelToegevoegdeWaarde() { return levelToegevoegdeWaarde; }
    public void setLevelToegevoegdeWaarde(Integer v) { this.levelToegevoegdeWaarde = v; }
    public Integer getLevelTechnischGereed() { return levelTechnischGereed; }
    public void setLevelTechnischGereed(Integer v) { this.levelTechnischGereed = v; }
    public Integer getLevelTijdslijnen() { return levelTijdslijnen; }
    public void setLevelTijdslijnen(Integer v) { this.levelTijdslijnen = v; }
    public Integer getLevelSturingsmechanismen() { return levelSturingsmechanismen; }
    public void setLevelSturingsmechanismen(Integer v) { this.levelSturingsmechanismen = v; }
    public Integer getLevelBeheer() { return levelBeheer; }
    public void setLevelBeheer(Integer v) { this.levelBeheer = v; }
}
