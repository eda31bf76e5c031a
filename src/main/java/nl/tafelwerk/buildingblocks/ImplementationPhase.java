package nl.tafelwerk.buildingblocks;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a bouwsteen stands in the voortbrengingsproces and the implementation phases (000 §4.2).
 * {@link #requiredLevel()} is the acceptance-criteria level a bouwsteen needs to be in this phase:
 * 1 = Koplopers, 2 = Optimalisatie, 3 = Brede implementatie.
 */
public enum ImplementationPhase {
    STRATEGIE("Strategie", 0),
    REALISATIE("Realisatie", 0),
    INTAKE("Intake", 0),
    KOPLOPERS("Koplopers", 1),
    OPTIMALISATIE("Optimalisatie", 2),
    BREED("Brede implementatie", 3),
    BEHEER("Beheer", 3);

    private final String seedText;
    private final int requiredLevel;

    ImplementationPhase(String seedText, int requiredLevel) {
        this.seedText = seedText;
        this.requiredLevel = requiredLevel;
    }

    public int requiredLevel() {
        return requiredLevel;
    }

    /** The next phase that asks a higher maturity; null once broad roll-out is reached. */
    public static @Nullable ImplementationPhase nextAfter(@Nullable ImplementationPhase phase) {
        if (phase == null || phase.requiredLevel == 0) {
            return KOPLOPERS;
        }
        return switch (phase) {
            case KOPLOPERS -> OPTIMALISATIE;
            case OPTIMALISATIE -> BREED;
            default -> null;
        };
    }

    public static Optional<ImplementationPhase> parse(String text) {
        String t = text.strip();
        for (ImplementationPhase p : values()) {
            if (p.name().equalsIgnoreCase(t) || p.seedText.equalsIgnoreCase(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
