package nl.tafelwerk.identity;

/** Whether a sector sits at the table (DOMAIN.md §1). */
public enum Participation {
    DEELNEMEND,
    STELSELPARTIJ,
    NOG_NIET_DEELNEMEND,
    GENOEMD;

    public static Participation fromSeed(String value) {
        return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    }

    public boolean atTheTable() {
        return this == DEELNEMEND || this == STELSELPARTIJ;
    }
}
