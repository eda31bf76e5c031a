package nl.tafelwerk.assessment;

/** One vraagstuk or bouwsteen in a round; {@link #key()} is unique within the round. */
public record RoundItem(RoundItemKind kind, String code, String title) {

    public static String key(RoundItemKind kind, String code) {
        return (kind == RoundItemKind.VRAAGSTUK ? "V:" : "B:") + code;
    }

    public String key() {
        return key(kind, code);
    }

    public String label() {
        return code + " · " + title;
    }
}
