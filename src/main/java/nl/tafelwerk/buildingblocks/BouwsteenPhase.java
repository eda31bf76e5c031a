package nl.tafelwerk.buildingblocks;

import java.util.Optional;
import nl.tafelwerk.shared.DomainException;

/**
 * Where a bouwsteen is in the production process (000 Fig. 1) with the implementation phases (000 §4.2)
 * inside it: Strategie → Realisatie → Intake → Koplopers → Optimalisatie → Brede implementatie → Beheer.
 *
 * <p>The maturity a phase requires on each acceptance criterion ({@link #requiredLevel()}):
 * the three implementation phases require their own level (the table in 000 §4.2). Before Koplopers
 * nothing is required: the criteria are tested at intake, as the handover conversation towards
 * Koplopers. Beheer requires the Brede implementatie level [derived: beheer follows a completed broad
 * roll-out; the source gives it no criteria of its own].
 */
public enum BouwsteenPhase {
    STRATEGIE("Strategie", "STRATEGIE", MaturityLevel.NONE),
    REALISATIE("Realisatie", "REALISATIE", MaturityLevel.NONE),
    INTAKE("Intake", "INTAKE", MaturityLevel.NONE),
    KOPLOPERS("Koplopers", "KOPLOPERS", MaturityLevel.KOPLOPERS),
    OPTIMALISATIE("Optimalisatie", "OPTIMALISATIE", MaturityLevel.OPTIMALISATIE),
    BREDE_IMPLEMENTATIE("Brede implementatie", "BREED", MaturityLevel.BREDE_IMPLEMENTATIE),
    BEHEER("Beheer", "BEHEER", MaturityLevel.BREDE_IMPLEMENTATIE);

    private final String label;
    private final String seedCode;
    private final MaturityLevel requiredLevel;

    BouwsteenPhase(String label, String seedCode, MaturityLevel requiredLevel) {
        this.label = label;
        this.seedCode = seedCode;
        this.requiredLevel = requiredLevel;
    }

    /** The Dutch name, as used for a bouwsteen's {@code phase} in the seed catalogue. */
    public String label() {
        return label;
    }

    /** The code in the seed catalogue's {@code phases} section. */
    public String seedCode() {
        return seedCode;
    }

    /** The level every acceptance criterion must reach (capped by the criterion's own scale). */
    public MaturityLevel requiredLevel() {
        return requiredLevel;
    }

    /** The phase after this one; none after Beheer. */
    public Optional<BouwsteenPhase> next() {
        BouwsteenPhase[] all = values();
        return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1]) : Optional.empty();
    }

    /**
     * @throws DomainException {@code phase.unknown} (argument: the text) when no phase has this label
     */
    public static BouwsteenPhase fromLabel(String label) {
        for (BouwsteenPhase phase : values()) {
            if (phase.label.equalsIgnoreCase(label.strip())) {
                return phase;
            }
        }
        throw new DomainException("phase", "phase.unknown", label);
    }
}
