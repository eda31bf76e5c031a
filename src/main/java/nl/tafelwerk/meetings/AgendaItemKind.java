package nl.tafelwerk.meetings;

import org.jspecify.annotations.Nullable;

/**
 * What an agenda item is about. Vraagstukken are checked against the agenda; scoring rounds, scenario
 * comparisons and advice belong to features merged later, so the item keeps a typed link (kind +
 * reference + title) that the meeting view opens by route.
 */
public enum AgendaItemKind {
    VRAAGSTUK(true, "voorraadagenda/"),
    RISICO(false, null),
    SCORERONDE(true, "scoringsrondes/"),
    SCENARIOVERGELIJKING(true, "scenarios/vergelijk?s="),
    ADVIES(true, "adviezen/"),
    /** Adopting the minutes of an earlier meeting; the reference is that meeting's number (default: the previous one). */
    VERSLAG(false, "vergaderingen/"),
    OVERIG(false, null);

    private final boolean linkRequired;
    private final @Nullable String routePrefix;

    AgendaItemKind(boolean linkRequired, @Nullable String routePrefix) {
        this.linkRequired = linkRequired;
        this.routePrefix = routePrefix;
    }

    public boolean linkRequired() {
        return linkRequired;
    }

    /** Where the linked content opens, or null when the item links nothing. */
    public @Nullable String route(@Nullable String reference) {
        if (routePrefix == null || reference == null) {
            return null;
        }
        // a comparison names its scenarios "SC-01, SC-02": one s= parameter each, as the comparison view reads them
        if (this == VERSLAG) {
            return routePrefix + reference + "/verslag";
        }
        return this == SCENARIOVERGELIJKING ? routePrefix + String.join("&s=", reference.strip().split("[,;\\s]+"))
                : routePrefix + reference;
    }

    public String messageKey() {
        return "meeting.itemKind." + name();
    }
}
