package nl.tafelwerk.buildingblocks;

import nl.tafelwerk.shared.DomainException;

/**
 * The acceptance criteria of the handover from realisation to implementation (000 §4.2, Figure 3).
 *
 * <p>Each criterion has its own scale, up to the highest implementation phase for which the source
 * states a requirement ({@link #highestLevel()}). Sturingsmechanismen only has a Koplopers text (the
 * Optimalisatie and Brede implementatie cells are empty), so its scale ends at Koplopers and every
 * later phase keeps requiring the Koplopers level: "steering instruments and their timelines known".
 * A level above that would describe something the source does not, so it is refused.
 */
public enum AcceptanceCriterion {
    REFERENTIEPROCES("Referentieproces", MaturityLevel.BREDE_IMPLEMENTATIE),
    TOEGEVOEGDE_WAARDE("Toegevoegde waarde", MaturityLevel.BREDE_IMPLEMENTATIE),
    TECHNISCH_GEREED("Technisch gereed (MVP)", MaturityLevel.BREDE_IMPLEMENTATIE),
    TIJDSLIJNEN("Tijdslijnen", MaturityLevel.BREDE_IMPLEMENTATIE),
    STURINGSMECHANISMEN("Sturingsmechanismen", MaturityLevel.KOPLOPERS),
    BEHEER("Beheer", MaturityLevel.BREDE_IMPLEMENTATIE);

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

    /** The level this criterion must reach for {@code phase}: the phase's level, capped by the scale. */
    public MaturityLevel requiredFor(BouwsteenPhase phase) {
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
        for (AcceptanceCriterion criterion : values()) {
            if (criterion.label.equalsIgnoreCase(label.strip())) {
                return criterion;
            }
        }
        throw new DomainException("criterion", "criterion.unknown", label);
    }
}
