package nl.tafelwerk.buildingblocks;

import java.util.Optional;

/**
 * The acceptance criteria per implementation phase (000 §4.2, Figure 3). A bouwsteen has a level
 * 0..3 per criterion: 0 = not yet at Koplopers level, 1 = Koplopers, 2 = Optimalisatie, 3 = Brede
 * implementatie. {@link #maxLevel()} is the highest level the source defines (Sturingsmechanismen
 * is empty in the source beyond Koplopers).
 */
public enum AcceptanceCriterion {
    REFERENTIEPROCES("Referentieproces", 3),
    TOEGEVOEGDE_WAARDE("Toegevoegde waarde", 3),
    TECHNISCH_GEREED("Technisch gereed (MVP)", 3),
    TIJDSLIJNEN("Tijdslijnen", 3),
    STURINGSMECHANISMEN("Sturingsmechanismen", 1),
    BEHEER("Beheer", 3);

    public static final int MIN_LEVEL = 0;
    public static final int MAX_LEVEL = 3;

    private final String sourceName;
    private final int maxLevel;

    AcceptanceCriterion(String sourceName, int maxLevel) {
        this.sourceName = sourceName;
        this.maxLevel = maxLevel;
    }

    public int maxLevel() {
        return maxLevel;
    }

    /** What the given phase asks of this criterion. */
    public int requiredFor(ImplementationPhase phase) {
        return Math.min(phase.requiredLevel(), maxLevel);
    }

    public static Optional<AcceptanceCriterion> parse(String text) {
        String t = text.strip();
        for (AcceptanceCriterion c : values()) {
            if (c.name().equalsIgnoreCase(t) || c.sourceName.equalsIgnoreCase(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
