package nl.tafelwerk.meetings;

/** A body around the table (DOMAIN.md §1); only some of them take decisions. */
public record GremiumView(String code, String name, String level, boolean decides, boolean established, String description) {
}
