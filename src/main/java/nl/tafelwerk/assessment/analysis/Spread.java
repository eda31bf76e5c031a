package nl.tafelwerk.assessment.analysis;

/** How the scores on one item and criterion lie; quartiles by type-7 interpolation ({@link Quartiles}). */
public record Spread(double median, int min, int max, double q1, double q3) {

    /** The interquartile range Q3 − Q1. */
    public double iqr() {
        return q3 - q1;
    }
}
