package nl.tafelwerk.assessment;

/** An item chosen for a new round, by kind and code. */
public record RoundItemRef(RoundItemKind kind, String code) {
}
