package nl.tafelwerk.assessment.analysis;

/**
 * Quantiles by linear interpolation between order statistics, Hyndman &amp; Fan type 7: for sorted values
 * x<sub>0</sub> … x<sub>n−1</sub> and probability p, h = (n − 1)·p and
 * Q(p) = x<sub>⌊h⌋</sub> + (h − ⌊h⌋)·(x<sub>⌊h⌋+1</sub> − x<sub>⌊h⌋</sub>). This is R's default and Excel's
 * {@code QUARTILE.INC}/{@code PERCENTILE.INC}, so a member who recomputes the exported scores in a spreadsheet
 * gets the same Q1, Q3 and IQR (DD022). The median is Q(0.5), the usual median.
 */
public final class Quartiles {

    private Quartiles() {
    }

    /** Q(p) of the first {@code n} values of an ascending array; n must be at least 1. */
    public static double quantile(int[] sorted, int n, double p) {
        if (n < 1) {
            throw new IllegalArgumentException("no values");
        }
        double h = (n - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, n - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    public static double median(int[] sorted, int n) {
        return quantile(sorted, n, 0.5);
    }
}
