package nl.tafelwerk.buildingblocks;

import nl.tafelwerk.shared.FieldCatalogue;

/**
 * The editable fields of a bouwsteen, listed once: the history of a save or an import, the editor's
 * "unsaved changes" check and its conflict dialog all walk this list. A field's name is the property
 * the editor binds, the field a {@link nl.tafelwerk.shared.DomainException} names and the field a
 * history entry records.
 */
public final class BouwsteenFields {

    public static final FieldCatalogue<BouwsteenChange> CATALOGUE = catalogue();

    private BouwsteenFields() {
    }

    /** The name of a maturity level's field: one property per acceptance criterion, as the form binds it. */
    public static String levelField(AcceptanceCriterion criterion) {
        return switch (criterion) {
            case REFERENTIEPROCES -> "levelReferentieproces";
            case TOEGEVOEGDE_WAARDE -> "levelToegevoegdeWaarde";
            case TECHNISCH_GEREED -> "levelTechnischGereed";
            case TIJDSLIJNEN -> "levelTijdslijnen";
            case STURINGSMECHANISMEN -> "levelSturingsmechanismen";
            case BEHEER -> "levelBeheer";
        };
    }

    private static FieldCatalogue<BouwsteenChange> catalogue() {
        FieldCatalogue.Builder<BouwsteenChange> fields = FieldCatalogue.<BouwsteenChange>builder()
                .field("name", "bouwsteen.field.name", BouwsteenChange::name)
                .field("description", "bouwsteen.field.description", BouwsteenChange::description)
                .labelled("type", "bouwsteen.field.type", BouwsteenChange::type, "bouwsteen.type.")
                .field("owner", "bouwsteen.field.owner", BouwsteenChange::owner)
                .labelled("phase", "bouwsteen.field.phase", BouwsteenChange::phase, "bouwsteen.phase.")
                .labelled("impact", "bouwsteen.field.impact", BouwsteenChange::impact, "bouwsteen.impact.")
                .labelled("tableStatus", "bouwsteen.field.tableStatus", BouwsteenChange::tableStatus, "bouwsteen.status.")
                .field("leadTimeWeeks", "bouwsteen.field.leadTimeWeeks", BouwsteenChange::leadTimeWeeks)
                .field("source", "bouwsteen.field.source", BouwsteenChange::source)
                .field("legalAnchor", "bouwsteen.field.legalAnchor", BouwsteenChange::legalAnchor)
                .field("sectors", "bouwsteen.field.sectors", BouwsteenChange::sectors);
        for (AcceptanceCriterion c : AcceptanceCriterion.values()) {
            fields.labelled(levelField(c), "bouwsteen.criterion." + c.name(), change -> change.level(c), "bouwsteen.level.");
        }
        return fields.build();
    }
}
