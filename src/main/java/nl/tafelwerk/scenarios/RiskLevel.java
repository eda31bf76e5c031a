package nl.tafelwerk.scenarios;

import java.util.Locale;
import java.util.Optional;

/**
 * The normalised scale of kans, impact and prio (DOMAIN.md §6): the sources write L/M/H (000) or
 * Laag/Gemiddeld/Middel/Hoog (004); both are kept as written and read as one of these three.
 */
public enum RiskLevel {
    L(1), M(2), H(3);

    private final int weight;

    RiskLevel(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    /** The level a written value stands for; empty when it is not on the scale. */
    public static Optional<RiskLevel> parse(String written) {
        return switch (written.strip().toLowerCase(Locale.ROOT)) {
            case "l", "laag", "low", "1" -> Optional.of(L);
            case "m", "middel", "gemiddeld", "medium", "2" -> Optional.of(M);
            case "h", "hoog", "high", "3" -> Optional.of(H);
            default -> Optional.empty();
        };
    }

    /**
     * Prio from kans × impact on weights 1–3: up to 2 low, 3–4 middle, 6 and 9 high. The sources'
     * own prio is kept beside it, since they do not always follow one rule (000 has M×H = M, 004 M×H = H).
     */
    public static RiskLevel prio(RiskLevel kans, RiskLevel impact) {
        int product = kans.weight * impact.weight;
        return product <= 2 ? L : product <= 4 ? M : H;
    }

    public String messageKey() {
        return "scenario.risk.level." + name();
    }
}
