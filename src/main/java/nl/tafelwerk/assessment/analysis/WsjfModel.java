package nl.tafelwerk.assessment.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.tafelwerk.assessment.WsjfPart;
import nl.tafelwerk.shared.DomainException;

/**
 * WSJF on a score table [item][criterion] (NaN = no score) with given weights: the one formula behind the
 * table's ranking, a sector's, a member's, the what-if and the sensitivity search.
 */
final class WsjfModel {

    private final List<AssessedItem> items;
    private final WsjfPart[] parts;
    private final String[] criterionCodes;
    private final Boosts boosts;
    private final double[][] scores;

    WsjfModel(List<AssessedItem> items, List<Criterion> criteria, Boosts boosts, double[][] scores) {
        this.items = items;
        this.parts = criteria.stream().map(Criterion::part).toArray(WsjfPart[]::new);
        this.criterionCodes = criteria.stream().map(Criterion::code).toArray(String[]::new);
        this.boosts = boosts;
        this.scores = scores;
    }

    static double[] weights(List<Criterion> criteria) {
        return criteria.stream().mapToDouble(Criterion::weight).toArray();
    }

    int criteriaCount() {
        return parts.length;
    }

    WsjfPart part(int criterion) {
        return parts[criterion];
    }

    boolean complete(int item) {
        for (double s : scores[item]) {
            if (Double.isNaN(s)) {
                return false;
            }
        }
        return true;
    }

    List<String> missing(int item) {
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < parts.length; c++) {
            if (Double.isNaN(scores[item][c])) {
                missing.add(criterionCodes[c]);
            }
        }
        return missing;
    }

    String code(int item) {
        return items.get(item).code();
    }

    double score(int item, int criterion) {
        return scores[item][criterion];
    }

    /** The boosts of an item: legal obligation plus per dependent bouwsteen. */
    double boost(int item) {
        AssessedItem it = items.get(item);
        return (it.legalObligation() ? boosts.legalObligation() : 0)
                + boosts.perDependentBouwsteen() * it.dependentBouwstenen();
    }

    /** Refuses a job size of zero or less: WSJF would divide by it. */
    WsjfBreakdown breakdown(int item, double[] weights) {
        double[] sums = new double[WsjfPart.values().length];
        for (int c = 0; c < parts.length; c++) {
            sums[parts[c].ordinal()] += weights[c] * scores[item][c];
        }
        AssessedItem it = items.get(item);
        double jobSize = sums[WsjfPart.JOB_SIZE.ordinal()];
        if (!(jobSize > 0)) {
            throw new DomainException("weight", "analysis.wsjf.jobSize.zero", it.code());
        }
        return new WsjfBreakdown(sums[WsjfPart.BUSINESS_VALUE.ordinal()], sums[WsjfPart.TIME_CRITICALITY.ordinal()],
                sums[WsjfPart.RISK_REDUCTION.ordinal()], it.legalObligation() ? boosts.legalObligation() : 0,
                boosts.perDependentBouwsteen() * it.dependentBouwstenen(), jobSize);
    }

    /** Indexes of the complete items in ranking order (see {@link Ranking}). */
    int[] order(double[] weights) {
        int n = 0;
        int[] candidates = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            if (complete(i)) {
                candidates[n++] = i;
            }
        }
        long[] wsjfKey = new long[items.size()];
        long[] codKey = new long[items.size()];
        for (int k = 0; k < n; k++) {
            int i = candidates[k];
            double cod = boost(i);
            double job = 0;
            for (int c = 0; c < parts.length; c++) {
                double v = weights[c] * scores[i][c];
                if (parts[c] == WsjfPart.JOB_SIZE) {
                    job += v;
                } else {
                    cod += v;
                }
            }
            if (!(job > 0)) {
                throw new DomainException("weight", "analysis.wsjf.jobSize.zero", items.get(i).code());
            }
            wsjfKey[i] = key(cod / job);
            codKey[i] = key(cod);
        }
        Integer[] boxed = new Integer[n];
        for (int k = 0; k < n; k++) {
            boxed[k] = candidates[k];
        }
        Arrays.sort(boxed, (a, b) -> {
            int byWsjf = Long.compare(wsjfKey[b], wsjfKey[a]);
            if (byWsjf != 0) {
                return byWsjf;
            }
            int byCod = Long.compare(codKey[b], codKey[a]);
            return byCod != 0 ? byCod : items.get(a).code().compareTo(items.get(b).code());
        });
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = boxed[k];
        }
        return order;
    }

    /**
     * Rounds to nine decimals, so sums like 0.1 + 0.2 that are equal on paper compare equal; a sort
     * key, transitive unlike a tolerance.
     */
    static long key(double value) {
        return Math.round(value * 1e9);
    }

    Ranking ranking(double[] weights, List<List<String>> fromMedian) {
        int[] order = order(weights);
        List<RankedItem> ranked = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            ranked.add(new RankedItem(k + 1, items.get(i), breakdown(i, weights), fromMedian.get(i)));
        }
        List<UnrankedItem> unranked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!complete(i)) {
                unranked.add(new UnrankedItem(items.get(i), missing(i)));
            }
        }
        return new Ranking(ranked, unranked);
    }

    Ranking ranking(double[] weights) {
        List<List<String>> none = new ArrayList<>();
        items.forEach(i -> none.add(List.of()));
        return ranking(weights, none);
    }
}
