package nl.tafelwerk.assessment.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.tafelwerk.assessment.WsjfPart;
import nl.tafelwerk.shared.DomainException;

/**
 * The sensitivity search (DD022): per criterion weight, the smallest relative decrease and increase that change
 * the <em>set</em> of items in the top (order changes inside the top do not count: the top is what goes to the
 * agenda first, and the what-if panel shows order changes anyway).
 *
 * <p>Exact, not by trying steps: with every other weight fixed, item i stays ahead of item j while
 * WSJF<sub>i</sub> − WSJF<sub>j</sub> keeps its sign, and after multiplying out the (positive) job sizes that
 * difference is linear in the weight t — for a cost-of-delay criterion (A<sub>i</sub> + s<sub>i</sub>t)·J<sub>j</sub>
 * − (A<sub>j</sub> + s<sub>j</sub>t)·J<sub>i</sub>, for a job-size criterion C<sub>i</sub>(B<sub>j</sub> +
 * s<sub>j</sub>t) − C<sub>j</sub>(B<sub>i</sub> + s<sub>i</sub>t). So each pair swaps at most once, at the root of
 * that line. The set can only change when an item outside overtakes one inside, so the candidates are the roots of
 * the (inside, outside) pairs; walking them outward from the current weight, the first one after which the top
 * differs is the answer.
 */
final class Sensitivity {

    private Sensitivity() {
    }

    static List<SensitivityRow> search(WsjfModel model, List<Criterion> criteria, double[] weights, int topSize) {
        int[] order = model.order(weights);
        List<SensitivityRow> rows = new ArrayList<>();
        for (int c = 0; c < criteria.size(); c++) {
            Criterion criterion = criteria.get(c);
            if (weights[c] <= 0 || order.length <= topSize) {
                rows.add(new SensitivityRow(criterion, Optional.empty(), Optional.empty()));
                continue;
            }
            rows.add(new SensitivityRow(criterion, find(model, weights, order, topSize, c, false),
                    find(model, weights, order, topSize, c, true)));
        }
        return rows;
    }

    private static Optional<WeightChange> find(WsjfModel model, double[] weights, int[] order, int topSize, int c,
                                               boolean up) {
        double w = weights[c];
        boolean jobSize = model.part(c) == WsjfPart.JOB_SIZE;
        int n = order.length;
        double[] cod = new double[n];
        double[] job = new double[n];
        double[] s = new double[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            WsjfBreakdown b = model.breakdown(i, weights);
            cod[k] = b.costOfDelay();
            job[k] = b.jobSize();
            s[k] = model.score(i, c);
        }
        TreeSet<Double> candidates = new TreeSet<>();
        for (int in = 0; in < topSize; in++) {
            for (int out = topSize; out < n; out++) {
                double alpha;
                double beta;
                if (jobSize) {
                    double bIn = job[in] - w * s[in];
                    double bOut = job[out] - w * s[out];
                    alpha = cod[in] * bOut - cod[out] * bIn;
                    beta = cod[in] * s[out] - cod[out] * s[in];
                } else {
                    double aIn = cod[in] - w * s[in];
                    double aOut = cod[out] - w * s[out];
                    alpha = aIn * job[out] - aOut * job[in];
                    beta = s[in] * job[out] - s[out] * job[in];
                }
                if (beta == 0) {
                    continue;
                }
                double root = -alpha / beta;
                if (up ? root >= w : root <= w && root >= 0) {
                    candidates.add(root);
                }
            }
        }
        Set<Integer> before = new HashSet<>();
        for (int k = 0; k < topSize; k++) {
            before.add(order[k]);
        }
        List<Double> walk = new ArrayList<>(up ? candidates : candidates.descendingSet());
        double[] probe = weights.clone();
        for (int k = 0; k < walk.size(); k++) {
            double root = walk.get(k);
            // Probe halfway to the next candidate (the set cannot change in between): close to the root, two items
            // differ by less than the ranking's rounding and the tie-break would hide the swap.
            double at;
            if (k + 1 < walk.size()) {
                at = (root + walk.get(k + 1)) / 2;
            } else {
                at = up ? root + Math.max(root - w, w) : root / 2;
            }
            probe[c] = at;
            int[] after;
            try {
                after = model.order(probe);
            } catch (DomainException jobSizeGone) {
                return Optional.empty();
            }
            Set<Integer> top = new HashSet<>();
            for (int j = 0; j < topSize; j++) {
                top.add(after[j]);
            }
            if (!top.equals(before)) {
                return Optional.of(change(model, order, after, topSize, w, root,
                        shownPercent(model, weights, c, root, before, topSize)));
            }
        }
        return Optional.empty();
    }

    /**
     * The change rounded away from zero to a whole percent at which the top really differs: exactly at the root the
     * items tie and the tie-break may still keep the old top, so a root of exactly +200 % is shown as +201 %.
     */
    private static int shownPercent(WsjfModel model, double[] weights, int c, double root, Set<Integer> before,
                                    int topSize) {
        double w = weights[c];
        double relative = (root - w) / w;
        int percent = Math.max(1, (int) Math.ceil(Math.abs(relative) * 100 - 1e-9));
        double[] probe = weights.clone();
        for (int attempt = 0; attempt < 3; attempt++) {
            int p = percent + attempt;
            if (relative < 0 && p > 100) {
                break;
            }
            probe[c] = w * (1 + (relative < 0 ? -p : p) / 100.0);
            try {
                int[] at = model.order(probe);
                Set<Integer> top = new HashSet<>();
                for (int j = 0; j < topSize; j++) {
                    top.add(at[j]);
                }
                if (!top.equals(before)) {
                    return relative < 0 ? -p : p;
                }
            } catch (DomainException jobSizeGone) {
                break;
            }
        }
        return relative < 0 ? -percent : percent;
    }

    private static WeightChange change(WsjfModel model, int[] order, int[] after, int topSize, double w, double root,
                                       int percent) {
        List<String> topAfter = new ArrayList<>();
        Set<Integer> afterSet = new HashSet<>();
        for (int j = 0; j < topSize; j++) {
            topAfter.add(model.code(after[j]));
            afterSet.add(after[j]);
        }
        Set<Integer> beforeSet = new HashSet<>();
        List<String> dropped = new ArrayList<>();
        for (int j = 0; j < topSize; j++) {
            beforeSet.add(order[j]);
            if (!afterSet.contains(order[j])) {
                dropped.add(model.code(order[j]));
            }
        }
        List<String> came = new ArrayList<>();
        for (int j = 0; j < topSize; j++) {
            if (!beforeSet.contains(after[j])) {
                came.add(model.code(after[j]));
            }
        }
        return new WeightChange((root - w) / w, percent, root, topAfter, dropped, came);
    }
}
