package nl.tafelwerk.buildingblocks;

import java.util.Locale;
import java.util.Optional;

/**
 * The traffic light (DOMAIN.md §4): what a perspective (the table, or one sector) is doing with a
 * bouwsteen. Shown as text and icon, colour only as a third cue.
 */
public enum BouwsteenStatus {
    /** Green: being executed. */
    IN_UITVOERING("In uitvoering"),
    /** Orange: following, potential. */
    VOLGEND("Volgend, potentie"),
    /** Red: not on the agenda. */
    NIET_OP_AGENDA("Niet op agenda");

    private final String seedText;

    BouwsteenStatus(String seedText) {
        this.seedText = seedText;
    }

    /** Accepts the code, or the wording used in the sources and the seed catalogue. */
    public static Optional<BouwsteenStatus> parse(String text) {
        String t = text.strip();
        for (BouwsteenStatus s : values()) {
            if (s.name().equalsIgnoreCase(t.replace(' ', '_')) || s.seedText.equalsIgnoreCase(t)) {
                return Optional.of(s);
            }
        }
        if (t.toLowerCase(Locale.ROOT).startsWith("volgend")) {
            return Optional.of(VOLGEND);
        }
        return Optional.empty();
    }
}
