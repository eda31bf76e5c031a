package nl.tafelwerk.buildingblocks;

import java.util.Optional;
import nl.tafelwerk.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * Where a bouwsteen is in the production process (000 Fig. 1) with the implementation phases (000 §4.2)
 * inside it: Strategie → Realisatie → Intake → Koplopers → Optimalisatie → Brede implementatie → Beheer.
 * The one phase type of the catalogue: stored (by constant name), imported, filtered and used for the
 * maturity computations.
 *
 * <p>The maturity a phase requires on each acceptance criterion ({@link #requiredLevel()}):
 * the three implementation phases require their own level (the table in 000 §4.2). Before Koplopers
 * nothing is required: the criteria are tested at intake, as the handover conversation towards
 * Koplopers. Beheer requires the Brede implementatie level [derived: beheer follows a completed broad
 * roll-out; the source gives it no criteria of its own].
 *
 * <p>The constant names are the codes of the seed catalogue's {@code phases} section and the values in
 * the {@code bouwsteen.phase} column ({@code BREED}, not {@code BREDE_IMPLEMENTATIE}); renaming one
 * needs a migration.
 */
public enum ImplementationPhase {
    STRATEGIE("Strategie", MaturityLevel.NONE),
    REALISATIE("Realisatie", MaturityLevel.NONE),
    INTAKE("Intake", MaturityLevel.NONE),
    KOPLOPERS("Koplopers", MaturityLevel.KOPLOPERS),
    OPTIMALISATIE("Optimalisatie", MaturityLevel.OPTIMALISATIE),
    BREED("Brede implementatie", MaturityLevel.BREDE_IMPLEMENTATIE),
    BEHEER("Beheer", MaturityLevel.BREDE_IMPLEMENTATIE);

    private final String label;
    private final MaturityLevel requiredLevel;

    ImplementationPhase(String label, MaturityLevel requiredLevel) {
        this.label = label;
        this.requiredLevel = requiredLevel;
    }

    /** The Dutch name, as used for a bouwsteen's {@code phase} in the seed catalogue. */
    public String label() {
        return label;
    }

    /** The level every acceptance criterion must reach (capped by the criterion's own scale). */
    public MaturityLevel requiredLevel() {
        return requiredLevel;
    }

    /** The phase after this one in the process; none after Beheer. */
    public Optional<ImplementationPhase> next() {
        ImplementationPhase[] all = values();
        return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1]) : Optional.empty();
    }

    /**
     * The next phase that asks a higher maturity than {@code phase}: Koplopers for any phase before it
     * (or none), then Optimalisatie and Brede implementatie; null once broad roll-out is reached, since
     * Beheer asks no more.
     */
    public static @Nullable ImplementationPhase nextHigherRequirement(@Nullable ImplementationPhase phase) {
        if (phase == null || phase.requiredLevel == MaturityLevel.NONE) {
            return KOPLOPERS;
        }
        return switch (phase) {
            case KOPLOPERS -> OPTIMALISATIE;
            case OPTIMALISATIE -> BREED;
            default -> null;
        };
    }

    /**
     * @throws DomainException {@code phase.unknown} (argument: the text) when no phase has this label
     */
    public static ImplementationPhase fromLabel(String label) {
        String t = label.strip();
        for (ImplementationPhase phase : values()) {
            if (phase.label.equalsIgnoreCase(t)) {
                return phase;
            }
        }
        throw new DomainException("phase", "phase.unknown", label);
    }

    /** The phase with this constant name or label (ignoring case), as the catalogue import reads it. */
    public static Optional<ImplementationPhase> parse(String text) {
        String t = text.strip();
        for (ImplementationPhase phase : values()) {
            if (phase.name().equalsIgnoreCase(t) || phase.label.equalsIgnoreCase(t)) {
                return Optional.of(phase);
            }
        }
        return Optional.empty();
    }
}
