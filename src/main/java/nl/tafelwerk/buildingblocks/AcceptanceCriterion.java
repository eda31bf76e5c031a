package nl.tafelwerk.buildingblocks;

import java.util.Optional;
import nl.tafelwerk.shared.DomainException;

/**
 * The acceptance criteria of the handover from realisation to implementation (000 §4.2, Figure 3).
 *
 * <p>Each criterion has its own scale, up to the highest implementation phase for which the source
 * states a requirement ({@link #highestLevel()}). Sturingsmechanismen only has a Koplopers text (the
 * Optimalisatie and Brede implementatie cells are empty), so its scale ends at Koplopers and every
 * later phase keeps requiring the Koplopers level: "steering instruments and their timelines known".
 * A level above that would describe something the source does not, so {@link #level(int)} refuses it.
 *
 * <p>The catalogue stores a level 0..3 per criterion ({@link #MIN_LEVEL}..{@link #MAX_LEVEL}):
 * 0 = not yet at Koplopers level, 1 = Koplopers, 2 = Optimalisatie, 3 = Brede implementatie; its
 * int-based methods ({@link #maxLevel()}, {@link #parse(String)})
 * are views on the same scale.
 */
public enum AcceptanceCriterion {
    REFERENTIEPROCES("Referentieproces", MaturityLevel.BREDE_IMPLEMENTATIE),
    TOEGEVOEGDE_WAARDE("Toegevoegde waarde", MaturityLevel.BREDE_IMPLEMENTATIE),
    TECHNISCH_GEREED("Technisch gereed (MVP)", MaturityLevel.BREDE_IMPLEMENTATIE),
    TIJDSLIJNEN("Tijdslijnen", MaturityLevel.BREDE_IMPLEMENTATIE),
    STURINGSMECHANISMEN("Sturingsmechanismen", MaturityLevel.KOPLOPERS),
    BEHEER("Beheer", MaturityLevel.BREDE_IMPLEMENTATIE);

    /** The lowest level the catalogue stores: {@link MaturityLevel#NONE}. */
    public static final int MIN_LEVEL = MaturityLevel.NONE.value();
    /** The highest level the catalogue stores: {@link MaturityLevel#BREDE_IMPLEMENTATIE}. */
    public static final int MAX_LEVEL = MaturityLevel.BREDE_IMPLEMENTATIE.value();

    private final String label;
    private final MaturityLevel highestLevel;

    AcceptanceCriterion(String label, MaturityLevel highestLevel) {
        this.label = label;
        this.highestLevel = highestLevel;
    }

    /** The Dutch name, as in the seed catalogue's {@code acceptatiecriteria}. */
    public String label() {
        return label;
    }

    /** The top of this criterion's scale. */
    public MaturityLevel highestLevel() {
        return highestLevel;
    }

    /** The top of this criterion's scale as a number 0..3: {@code highestLevel().value()}. */
    public int maxLevel() {
        return highestLevel.value();
    }

    /** The level this criterion must reach for {@code phase}: the phase's level, capped by the scale. */
    public MaturityLevel requiredFor(ImplementationPhase phase) {
        MaturityLevel required = phase.requiredLevel();
        return required.compareTo(highestLevel) > 0 ? highestLevel : required;
    }

    /**
     * A level on this criterion's scale.
     *
     * @throws DomainException {@code maturity.level.range} (arguments: the value, the highest level,
     *                         this criterion's label; field: the criterion's name) outside the scale
     */
    public MaturityLevel level(int value) {
        if (value < 0 || value > highestLevel.value()) {
            throw new DomainException(name(), "maturity.level.range", value, highestLevel.value(), label);
        }
        return MaturityLevel.of(value);
    }

    /**
     * @throws DomainException {@code criterion.unknown} (argument: the text) when no criterion has this label
     */
    public static AcceptanceCriterion fromLabel(String label) {
        return byLabel(label).orElseThrow(() -> new DomainException("criterion", "criterion.unknown", label));
    }

    /** The criterion with this label or constant name (ignoring case), as the catalogue import reads it. */
    public static Optional<AcceptanceCriterion> parse(String text) {
        String t = text.strip();
        for (AcceptanceCriterion criterion : values()) {
            if (criterion.name().equalsIgnoreCase(t)) {
                return Optional.of(criterion);
            }
        }
        return byLabel(t);
    }

    private static Optional<AcceptanceCriterion> byLabel(String label) {
        String t = label.strip();
        for (AcceptanceCriterion criterion : values()) {
            if (criterion.label.equalsIgnoreCase(t)) {
                return Optional.of(criterion);
            }
        }
        return Optional.empty();
    }
}
