package nl.tafelwerk.agenda;

/** A column the agenda can be sorted by, and the direction. */
public record AgendaSort(Column column, boolean ascending) {

    public enum Column {
        POSITION, CODE, TITLE, TYPE, STATUS, SECTOR, GREMIUM, NEXT_MEETING, UPDATED_AT
    }

    public static final AgendaSort AGREED_ORDER = new AgendaSort(Column.POSITION, true);
}
