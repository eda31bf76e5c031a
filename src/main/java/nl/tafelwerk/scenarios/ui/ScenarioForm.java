package nl.tafelwerk.scenarios.ui;

import java.util.LinkedHashSet;
import java.util.Set;
import nl.tafelwerk.scenarios.Scenario;
import nl.tafelwerk.scenarios.ScenarioDraft;
import nl.tafelwerk.scenarios.ScenarioFields;
import nl.tafelwerk.shared.FieldCatalogue;
import org.jspecify.annotations.Nullable;

/** The co-edited values of the scenario editor; a public bean because the form binds by property name. */
public class ScenarioForm {

    /** The scenario's one field list ({@link ScenarioFields}), read from the form's values. */
    static final FieldCatalogue<ScenarioForm> FIELDS = ScenarioFields.CATALOGUE.readFrom(form -> form.toDraft(0));

    private String name = "";
    private String summary = "";
    private String assumptions = "";
    private String delivered = "";
    private Set<String> forSectors = new LinkedHashSet<>();
    private String effects = "";
    private String inhoudNarrative = "";
    private String tijdNarrative = "";
    private String geldNarrative = "";
    private String risicoNarrative = "";
    private @Nullable Integer firstYear;
    private @Nullable Integer lastYear;
    private String discountRate = "";

    static ScenarioForm of(Scenario s) {
        ScenarioDraft d = s.toDraft();
        ScenarioForm f = new ScenarioForm();
        f.name = d.name();
        f.summary = d.summary();
        f.assumptions = d.assumptions();
        f.delivered = d.delivered();
        f.forSectors = new LinkedHashSet<>(d.forSectors());
        f.effects = d.effects();
        f.inhoudNarrative = d.inhoudNarrative();
        f.tijdNarrative = d.tijdNarrative();
        f.geldNarrative = d.geldNarrative();
        f.risicoNarrative = d.risicoNarrative();
        f.firstYear = d.firstYear();
        f.lastYear = d.lastYear();
        f.discountRate = d.discountRate();
        return f;
    }

    ScenarioDraft toDraft(long baseVersion) {
        return new ScenarioDraft(name, summary, assumptions, delivered, forSectors, effects, inhoudNarrative, tijdNarrative,
                geldNarrative, risicoNarrative, firstYear, lastYear, discountRate, baseVersion);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getAssumptions() { return assumptions; }
    public void setAssumptions(String assumptions) { this.assumptions = assumptions; }
    public String getDelivered() { return delivered; }
    public void setDelivered(String delivered) { this.delivered = delivered; }
    public Set<String> getForSectors() { return forSectors; }
    public void setForSectors(Set<String> forSectors) { this.forSectors = forSectors; }
    public String getEffects() { return effects; }
    public void setEffects(String effects) { this.effects = effects; }
    public String getInhoudNarrative() { return inhoudNarrative; }
    public void setInhoudNarrative(String inhoudNarrative) { this.inhoudNarrative = inhoudNarrative; }
    public String getTijdNarrative() { return tijdNarrative; }
    public void setTijdNarrative(String tijdNarrative) { this.tijdNarrative = tijdNarrative; }
    public String getGeldNarrative() { return geldNarrative; }
    public void setGeldNarrative(String geldNarrative) { this.geldNarrative = geldNarrative; }
    public String getRisicoNarrative() { return risicoNarrative; }
    public void setRisicoNarrative(String risicoNarrative) { this.risicoNarrative = risicoNarrative; }
    public @Nullable Integer getFirstYear() { return firstYear; }
    public void setFirstYear(@Nullable Integer firstYear) { this.firstYear = firstYear; }
    public @Nullable Integer getLastYear() { return lastYear; }
    public void setLastYear(@Nullable Integer lastYear) { this.lastYear = lastYear; }
    public String getDiscountRate() { return discountRate; }
    public void setDiscountRate(String discountRate) { this.discountRate = discountRate; }
}
