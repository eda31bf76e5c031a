package nl.tafelwerk.meetings.ui;

import nl.tafelwerk.meetings.ItemMinutes;
import nl.tafelwerk.meetings.MinutesFields;
import nl.tafelwerk.shared.FieldCatalogue;

/** The minutes editor's form bean: one agenda item's text. */
public class MinutesDraft {

    static final FieldCatalogue<MinutesDraft> FIELDS = MinutesFields.CATALOGUE.readFrom(MinutesDraft::toValues);

    private String text = "";

    public MinutesDraft() {
    }

    static MinutesDraft of(ItemMinutes minutes, String prefill) {
        MinutesDraft draft = new MinutesDraft();
        draft.setText(minutes.neverSaved() && minutes.text().isEmpty() ? prefill : minutes.text());
        return draft;
    }

    MinutesFields.Values toValues() {
        return new MinutesFields.Values(text);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }
}
