package nl.tafelwerk.agenda;

import nl.tafelwerk.shared.FieldCatalogue;

/**
 * The editable fields of a vraagstuk, listed once: the history of a save, the editor's
 * "unsaved changes" check and its conflict dialog all walk this list. A field's name is the
 * property the editor binds and the field a {@link nl.tafelwerk.shared.DomainException} names.
 */
public final class VraagstukFields {

    public static final FieldCatalogue<VraagstukDraft> CATALOGUE = FieldCatalogue.<VraagstukDraft>builder()
            .field("title", "agenda.field.title", VraagstukDraft::title)
            .labelled("type", "agenda.field.type", VraagstukDraft::type, "agenda.type.")
            .labelled("source", "agenda.field.source", VraagstukDraft::source, "agenda.source.")
            .field("description", "agenda.field.description", VraagstukDraft::description)
            .field("rationale", "agenda.field.rationale", VraagstukDraft::rationale)
            .labelled("urgency", "agenda.field.urgency", VraagstukDraft::urgency, "agenda.urgency.")
            .field("submittedBySector", "agenda.field.submittedBySector", VraagstukDraft::submittedBySector)
            .field("affectedSectors", "agenda.field.affectedSectors", VraagstukDraft::affectedSectors)
            .field("bouwstenen", "agenda.field.bouwstenen", VraagstukDraft::bouwstenen)
            .field("gremiumCode", "agenda.field.gremiumCode", VraagstukDraft::gremiumCode)
            .field("workingGroup", "agenda.field.workingGroup", VraagstukDraft::workingGroup)
            .field("owner", "agenda.field.owner", VraagstukDraft::owner)
            .field("nextMeeting", "agenda.field.nextMeeting", VraagstukDraft::nextMeeting)
            .build();

    private VraagstukFields() {
    }
}
