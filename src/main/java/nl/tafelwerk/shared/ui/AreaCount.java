package nl.tafelwerk.shared.ui;

/** One figure on the start page: how many items an area holds, and where to open them (null: no page yet). */
public record AreaCount(int order, String labelKey, long count, @org.jspecify.annotations.Nullable String route) {
}
