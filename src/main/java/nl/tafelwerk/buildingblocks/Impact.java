package nl.tafelwerk.buildingblocks;

import java.util.Optional;

/** Impact level as the regional agenda uses it (DOMAIN.md §4). */
public enum Impact {
    /** One sector, basics in order, existing technology. */
    BASIS,
    /** Process renewal with proven technology. */
    VERNIEUWING,
    /** New technology, front-runner. */
    INNOVATIE;

    public static Optional<Impact> parse(String text) {
        for (Impact i : values()) {
            if (i.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
