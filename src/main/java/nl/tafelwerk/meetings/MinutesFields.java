package nl.tafelwerk.meetings;

import nl.tafelwerk.shared.FieldCatalogue;

/**
 * The one field list of an agenda item's minutes, for the editor's dirty check and conflict list
 * (the editor reads it from its form bean with {@code readFrom}).
 */
public final class MinutesFields {

    /** The values a minutes save carries. */
    public record Values(String text) {
    }

    public static final FieldCatalogue<Values> CATALOGUE = FieldCatalogue.<Values>builder()
            .field("text", "meeting.minutes.text", Values::text)
            .build();

    private MinutesFields() {
    }
}
