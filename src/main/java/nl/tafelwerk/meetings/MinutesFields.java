package nl.tafelwerk.meetings;

import nl.tafelwerk.shared.FieldCatalogue;

/** The one field list of an agenda item's minutes, for the editor's dirty check and its conflict list. */
public final class MinutesFields {

    public static final FieldCatalogue<ItemMinutes> CATALOGUE = FieldCatalogue.<ItemMinutes>builder()
            .field("text", "meeting.minutes.text", ItemMinutes::text)
            .build();

    private MinutesFields() {
    }
}
