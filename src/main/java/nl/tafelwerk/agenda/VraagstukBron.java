package nl.tafelwerk.agenda;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** Where a vraagstuk came from (DOMAIN.md §2, inputs). */
public enum VraagstukBron {
    SECTORALE_PLANNINGSTAFEL,
    VWS_ROUTEKAART,
    ACTIVITEITENKAART,
    CASUISTIEK,
    LID_VAN_DE_TAFEL,
    OVERIG;

    public String messageKey() {
        return "agenda.source." + name();
    }

    /** Reads a stored name or a catalogue phrase such as {@code VWS-routekaart} or {@code casuïstiek}. */
    public static Optional<VraagstukBron> parse(String value) {
        String plain = Normalizer.normalize(value.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String normalised = plain.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (VraagstukBron bron : values()) {
            if (bron.name().equals(normalised)) {
                return Optional.of(bron);
            }
        }
        return Optional.empty();
    }
}
