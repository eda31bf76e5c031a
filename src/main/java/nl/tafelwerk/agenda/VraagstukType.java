package nl.tafelwerk.agenda;

import java.util.Locale;
import java.util.Optional;

/** The five kinds of vraagstuk of the advice (002 §5.2). */
public enum VraagstukType {
    AFHANKELIJKHEDEN_BOUWSTENEN,
    GENERIEKE_FUNCTIES,
    SEMANTISCHE_STANDAARDISATIE,
    LANDELIJKE_VOORZIENINGEN,
    OVERIG;

    public String messageKey() {
        return "agenda.type." + name();
    }

    /** Reads a stored name, or a catalogue code such as {@code generieke_functies}. */
    public static Optional<VraagstukType> parse(String value) {
        String normalised = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (VraagstukType type : values()) {
            if (type.name().equals(normalised)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
