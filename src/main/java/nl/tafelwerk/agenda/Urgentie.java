package nl.tafelwerk.agenda;

import java.util.Locale;
import java.util.Optional;

/** How urgent the table considers a vraagstuk (afwegingskader, scored criterion "urgentie"). */
public enum Urgentie {
    LAAG,
    MIDDEL,
    HOOG;

    public String messageKey() {
        return "agenda.urgency." + name();
    }

    public static Optional<Urgentie> parse(String value) {
        String normalised = value.strip().toUpperCase(Locale.ROOT);
        for (Urgentie u : values()) {
            if (u.name().equals(normalised)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
