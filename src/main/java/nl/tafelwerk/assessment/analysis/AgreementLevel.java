package nl.tafelwerk.assessment.analysis;

/**
 * Kendall's W in words (DD022). Bands centred on Schmidt's (1997) reading of W — 0.1 very weak, 0.3 weak,
 * 0.5 moderate, 0.7 strong, 0.9 unusually strong — with the boundaries halfway between.
 */
public enum AgreementLevel {
    VERY_WEAK(0.0, "zeer zwakke overeenstemming"),
    WEAK(0.2, "zwakke overeenstemming"),
    MODERATE(0.4, "matige overeenstemming"),
    STRONG(0.6, "sterke overeenstemming"),
    VERY_STRONG(0.8, "zeer sterke overeenstemming");

    private final double from;
    private final String dutch;

    AgreementLevel(double from, String dutch) {
        this.from = from;
        this.dutch = dutch;
    }

    /** The band W falls in; each band includes its lower bound. */
    public static AgreementLevel of(double w) {
        AgreementLevel level = VERY_WEAK;
        for (AgreementLevel candidate : values()) {
            if (w >= candidate.from) {
                level = candidate;
            }
        }
        return level;
    }

    public double from() {
        return from;
    }

    /** The words in Dutch, for places without a resource bundle (the workbook, logs). */
    public String dutch() {
        return dutch;
    }

    public String messageKey() {
        return "analysis.agreement." + name();
    }
}
