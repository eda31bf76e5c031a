package nl.tafelwerk.assessment.analysis;

import java.util.Arrays;
import java.util.Optional;

/**
 * Kendall's W with the correction for ties:
 * W = 12·S / (m²(n³ − n) − m·ΣT), where m raters rank n items, R<sub>i</sub> is the rank sum of item i,
 * S = Σ(R<sub>i</sub> − m(n + 1)/2)², and T = Σ(t³ − t) over every group of t tied ranks of every rater.
 *
 * <p>Missing ranks (DD022): a rater who did not rank some items (skipped them) ranks the items they did rank
 * 1 … k, and the n − k others share the mid-rank of the places left, (k + 1 + n)/2, as one tie group that the
 * correction counts. So the member still counts for what they ranked, and saying nothing about an item neither
 * pushes it up nor down. A rater who ranked nothing is left out.
 */
public final class KendallW {

    private KendallW() {
    }

    /**
     * @param priorities [rater][item]: higher = ranked earlier; NaN = not ranked by that rater
     * @return empty when W is undefined: fewer than two raters or items, or every rater ties everything
     */
    public static Optional<Agreement> of(double[][] priorities) {
        int n = priorities.length == 0 ? 0 : priorities[0].length;
        double[] rankSums = new double[n];
        double tieSum = 0;
        int raters = 0;
        int leftOut = 0;
        for (double[] rater : priorities) {
            double[] ranks = new double[n];
            double ties = ranks(rater, ranks);
            if (Double.isNaN(ties)) {
                leftOut++;
                continue;
            }
            raters++;
            tieSum += ties;
            for (int i = 0; i < n; i++) {
                rankSums[i] += ranks[i];
            }
        }
        if (raters < 2 || n < 2) {
            return Optional.empty();
        }
        double mean = raters * (n + 1) / 2.0;
        double s = 0;
        for (double r : rankSums) {
            s += (r - mean) * (r - mean);
        }
        double denominator = (double) raters * raters * ((double) n * n * n - n) - raters * tieSum;
        if (denominator <= 0) {
            return Optional.empty();
        }
        double w = Math.min(1, Math.max(0, 12 * s / denominator));
        return Optional.of(new Agreement(w, raters, n, leftOut, AgreementLevel.of(w)));
    }

    /**
     * Fills the rater's ranks (1 = highest priority, average ranks for ties, mid-rank for the unranked) and returns
     * Σ(t³ − t) of their tie groups; NaN when the rater ranked nothing.
     */
    static double ranks(double[] priorities, double[] ranks) {
        int n = priorities.length;
        Integer[] ranked = new Integer[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(priorities[i])) {
                ranked[k++] = i;
            }
        }
        if (k == 0) {
            return Double.NaN;
        }
        Integer[] order = Arrays.copyOf(ranked, k);
        Arrays.sort(order, (a, b) -> Long.compare(WsjfModel.key(priorities[b]), WsjfModel.key(priorities[a])));
        double ties = 0;
        int start = 0;
        while (start < k) {
            int end = start + 1;
            while (end < k && WsjfModel.key(priorities[order[end]]) == WsjfModel.key(priorities[order[start]])) {
                end++;
            }
            double rank = (start + 1 + end) / 2.0;
            for (int j = start; j < end; j++) {
                ranks[order[j]] = rank;
            }
            int t = end - start;
            ties += (double) t * t * t - t;
            start = end;
        }
        int unranked = n - k;
        if (unranked > 0) {
            double midRank = (k + 1 + n) / 2.0;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(priorities[i])) {
                    ranks[i] = midRank;
                }
            }
            ties += (double) unranked * unranked * unranked - unranked;
        }
        return ties;
    }
}
