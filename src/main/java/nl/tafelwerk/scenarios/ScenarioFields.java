package nl.tafelwerk.scenarios;

import nl.tafelwerk.shared.FieldCatalogue;

/**
 * The co-edited fields of a scenario, listed once (DD012): the history of a save, the editor's
 * "unsaved changes" check and its conflict dialog all walk this list. A field's name is the
 * property the editor binds and the field a refusal names.
 */
public final class ScenarioFields {

    public static final FieldCatalogue<ScenarioDraft> CATALOGUE = FieldCatalogue.<ScenarioDraft>builder()
            .field("name", "scenario.field.name", ScenarioDraft::name)
            .field("summary", "scenario.field.summary", ScenarioDraft::summary)
            .field("assumptions", "scenario.field.assumptions", ScenarioDraft::assumptions)
            .field("delivered", "scenario.field.delivered", ScenarioDraft::delivered)
            .field("forSectors", "scenario.field.forSectors", ScenarioDraft::forSectors)
            .field("effects", "scenario.field.effects", ScenarioDraft::effects)
            .field("inhoudNarrative", "scenario.field.inhoudNarrative", ScenarioDraft::inhoudNarrative)
            .field("tijdNarrative", "scenario.field.tijdNarrative", ScenarioDraft::tijdNarrative)
            .field("firstYear", "scenario.field.firstYear", ScenarioDraft::firstYear)
            .field("lastYear", "scenario.field.lastYear", ScenarioDraft::lastYear)
            .field("discountRate", "scenario.field.discountRate", ScenarioDraft::discountRate)
            .field("geldNarrative", "scenario.field.geldNarrative", ScenarioDraft::geldNarrative)
            .field("risicoNarrative", "scenario.field.risicoNarrative", ScenarioDraft::risicoNarrative)
            .build();

    private ScenarioFields() {
    }
}
