package nl.tafelwerk.buildingblocks;

import nl.tafelwerk.shared.DomainException;

/**
 * How far a bouwsteen meets one acceptance criterion (000 §4.2): the implementation phase whose
 * requirement text is met. The value is the position on the scale, 0..3.
 */
public enum MaturityLevel {
    /** Not even the Koplopers requirement is met. */
    NONE,
    KOPLOPERS,
    OPTIMALISATIE,
    BREDE_IMPLEMENTATIE;

    public int value() {
        return ordinal();
    }

    public boolean meets(MaturityLevel required) {
        return compareTo(required) >= 0;
    }

    /**
     * @throws DomainException {@code maturity.level.range} (arguments: the value, the highest level)
     *                         outside 0..3
     */
    public static MaturityLevel of(int value) {
        if (value < 0 || value > BREDE_IMPLEMENTATIE.value()) {
            throw new DomainException("level", "maturity.level.range", value, BREDE_IMPLEMENTATIE.value());
        }
        return values()[value];
    }
}
