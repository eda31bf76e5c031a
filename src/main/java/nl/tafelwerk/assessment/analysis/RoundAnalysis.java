package nl.tafelwerk.assessment.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.tafelwerk.shared.DomainException;

/**
 * The results of a revealed round (DD022): statistics per item and criterion, the per-sector rankings, Kendall's W
 * over the members' rankings, the disagreement order, the table's WSJF ranking, the sensitivity of its top 5 and
 * the what-if recompute. Immutable; every answer is computed from the inputs, none changes them.
 *
 * <p>The table's ranking uses the chair's consensus score where one is recorded and otherwise the median of the
 * members' scores (the item's {@link RankedItem#criteriaFromMedian()} says where). A member ranks an item by the
 * WSJF of their own scores with the table's weights and boosts, and only an item they scored on every criterion.
 */
public final class RoundAnalysis {

    /** The size of the top whose stability the sensitivity search measures. */
    public static final int TOP = 5;

    private final RoundScores round;
    private final List<ConsensusScore> consensus;
    private final RoundScores.Indexed indexed;
    private final double[][] tableScores;
    private final List<List<String>> fromMedian;
    private final List<CriterionStatistics> statistics;
    private final WsjfModel tableModel;
    private final double[] weights;
    private final List<SectorRanking> sectorRankings;
    private final Optional<Agreement> agreement;
    private final List<DisagreementItem> byDisagreement;
    private final Ranking ranking;

    private RoundAnalysis(RoundScores round, List<ConsensusScore> consensus, RoundScores.Indexed indexed,
                          List<CriterionStatistics> statistics, double[][] tableScores, List<List<String>> fromMedian) {
        this.round = round;
        this.consensus = List.copyOf(consensus);
        this.indexed = indexed;
        this.statistics = statistics;
        this.tableScores = tableScores;
        this.fromMedian = fromMedian;
        this.weights = WsjfModel.weights(round.criteria());
        this.tableModel = new WsjfModel(round.items(), round.criteria(), round.boosts(), tableScores);
        this.ranking = tableModel.ranking(weights, fromMedian);
        this.sectorRankings = computeSectorRankings();
        this.agreement = agreement(round, indexed, weights);
        this.byDisagreement = disagreement(round, statistics);
    }

    /** Before the chair recorded any consensus: medians throughout. */
    public static RoundAnalysis of(RoundScores round) {
        return of(round, List.of());
    }

    public static RoundAnalysis of(RoundScores round, List<ConsensusScore> consensus) {
        RoundScores.Indexed indexed = round.indexed();
        List<CriterionStatistics> statistics = statistics(round, indexed);
        int items = round.items().size();
        int criteria = round.criteria().size();
        double[][] table = new double[items][criteria];
        boolean[][] agreed = new boolean[items][criteria];
        for (ConsensusScore cs : consensus) {
            Integer i = indexed.item().get(cs.itemCode());
            Integer c = indexed.criterion().get(cs.criterionCode());
            if (i == null || c == null) {
                throw new DomainException("consensus", "analysis.consensus.unknown", cs.itemCode(), cs.criterionCode());
            }
            Criterion criterion = round.criteria().get(c);
            if (!(cs.value() >= criterion.scale().min() && cs.value() <= criterion.scale().max())) {
                throw new DomainException("consensus", "analysis.consensus.outsideScale", cs.value(), cs.itemCode(),
                        criterion.name(), criterion.scale().values().toString());
            }
            if (agreed[i][c]) {
                throw new DomainException("consensus", "analysis.consensus.duplicate", cs.itemCode(), criterion.name());
            }
            agreed[i][c] = true;
            table[i][c] = cs.value();
        }
        List<List<String>> fromMedian = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            List<String> median = new ArrayList<>();
            for (int c = 0; c < criteria; c++) {
                if (agreed[i][c]) {
                    continue;
                }
                Optional<Spread> spread = statistics.get(i * criteria + c).spread();
                table[i][c] = spread.map(Spread::median).orElse(Double.NaN);
                if (spread.isPresent()) {
                    median.add(round.criteria().get(c).code());
                }
            }
            fromMedian.add(List.copyOf(median));
        }
        return new RoundAnalysis(round, consensus, indexed, statistics, table, fromMedian);
    }

    public RoundScores round() {
        return round;
    }

    /** The consensus scores the chair recorded, as given. */
    public List<ConsensusScore> consensus() {
        return consensus;
    }

    /**
     * The score the table's ranking uses for an item and criterion: the consensus, else the median of the members;
     * empty when there is neither.
     */
    public java.util.OptionalDouble tableScore(String itemCode, String criterionCode) {
        Integer i = indexed.item().get(itemCode);
        Integer c = indexed.criterion().get(criterionCode);
        if (i == null || c == null) {
            throw new IllegalArgumentException("not in this round: " + itemCode + "/" + criterionCode);
        }
        double value = tableScores[i][c];
        return Double.isNaN(value) ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(value);
    }

    /** Per item (round order), per criterion (framework order). */
    public List<CriterionStatistics> statistics() {
        return statistics;
    }

    public CriterionStatistics statistics(String itemCode, String criterionCode) {
        Integer i = indexed.item().get(itemCode);
        Integer c = indexed.criterion().get(criterionCode);
        if (i == null || c == null) {
            throw new IllegalArgumentException("not in this round: " + itemCode + "/" + criterionCode);
        }
        return statistics.get(i * round.criteria().size() + c);
    }

    /** One per sector that has members in the round, by sector code, with this analysis's weights. */
    public List<SectorRanking> sectorRankings() {
        return sectorRankings;
    }

    private List<SectorRanking> computeSectorRankings() {
        Map<String, List<Integer>> bySector = new TreeMap<>();
        for (int m = 0; m < round.members().size(); m++) {
            bySector.computeIfAbsent(round.members().get(m).sector(), s -> new ArrayList<>()).add(m);
        }
        List<SectorRanking> result = new ArrayList<>();
        int items = round.items().size();
        int criteria = round.criteria().size();
        for (Map.Entry<String, List<Integer>> sector : bySector.entrySet()) {
            double[][] means = new double[items][criteria];
            for (int i = 0; i < items; i++) {
                for (int c = 0; c < criteria; c++) {
                    double sum = 0;
                    int n = 0;
                    for (int m : sector.getValue()) {
                        int v = indexed.scores()[m][i][c];
                        if (v != RoundScores.MISSING) {
                            sum += v;
                            n++;
                        }
                    }
                    means[i][c] = n == 0 ? Double.NaN : sum / n;
                }
            }
            Ranking sectorRanking = new WsjfModel(round.items(), round.criteria(), round.boosts(), means).ranking(weights);
            result.add(new SectorRanking(sector.getKey(), sector.getValue().size(), sectorRanking));
        }
        return List.copyOf(result);
    }

    /** Kendall's W over the members' rankings; empty when undefined (see {@link KendallW}). */
    public Optional<Agreement> agreement() {
        return agreement;
    }

    /** Items with the widest spread first (see {@link DisagreementItem}). */
    public List<DisagreementItem> byDisagreement() {
        return byDisagreement;
    }

    /** The table's WSJF ranking. */
    public Ranking ranking() {
        return ranking;
    }

    /** Sensitivity of the top {@value #TOP}, one row per criterion in framework order. */
    public List<SensitivityRow> sensitivity() {
        return Sensitivity.search(tableModel, round.criteria(), weights, TOP);
    }

    public List<SensitivityRow> sensitivity(int topSize) {
        if (topSize < 1) {
            throw new IllegalArgumentException("top size must be positive");
        }
        return Sensitivity.search(tableModel, round.criteria(), weights, topSize);
    }

    /**
     * The same round with other weights (by criterion code), for the chair's what-if panel: ranking and sensitivity
     * (and the sector rankings and agreement, which use the weights too) follow the new weights; statistics, scores and consensus are the same. This analysis, its round and the
     * published framework stay as they are.
     */
    public RoundAnalysis whatIf(Map<String, Double> newWeights) {
        RoundScores changed = round.withWeights(newWeights);
        return new RoundAnalysis(changed, consensus, indexed, statistics, tableScores, fromMedian);
    }

    /** The weights this analysis uses, by criterion code in framework order. */
    public Map<String, Double> weights() {
        Map<String, Double> result = new LinkedHashMap<>();
        round.criteria().forEach(c -> result.put(c.code(), c.weight()));
        return result;
    }

    private static List<CriterionStatistics> statistics(RoundScores round, RoundScores.Indexed indexed) {
        int members = round.members().size();
        List<CriterionStatistics> result = new ArrayList<>(round.items().size() * round.criteria().size());
        int[] values = new int[members];
        for (int i = 0; i < round.items().size(); i++) {
            int skipped = 0;
            for (int m = 0; m < members; m++) {
                if (indexed.skipped()[m][i]) {
                    skipped++;
                }
            }
            for (int c = 0; c < round.criteria().size(); c++) {
                int n = 0;
                for (int m = 0; m < members; m++) {
                    int v = indexed.scores()[m][i][c];
                    if (v != RoundScores.MISSING) {
                        values[n++] = v;
                    }
                }
                Arrays.sort(values, 0, n);
                List<Integer> scale = round.criteria().get(c).scale().values();
                List<ValueCount> distribution = new ArrayList<>(scale.size());
                int k = 0;
                for (int value : scale) {
                    int count = 0;
                    while (k < n && values[k] == value) {
                        count++;
                        k++;
                    }
                    distribution.add(new ValueCount(value, count));
                }
                Optional<Spread> spread = n == 0 ? Optional.empty() : Optional.of(new Spread(
                        Quartiles.median(values, n), values[0], values[n - 1],
                        Quartiles.quantile(values, n, 0.25), Quartiles.quantile(values, n, 0.75)));
                result.add(new CriterionStatistics(round.items().get(i).code(), round.criteria().get(c).code(), n,
                        skipped, spread, distribution));
            }
        }
        return List.copyOf(result);
    }

    private static Optional<Agreement> agreement(RoundScores round, RoundScores.Indexed indexed, double[] weights) {
        int members = round.members().size();
        int items = round.items().size();
        int criteria = round.criteria().size();
        double[][] priorities = new double[members][items];
        for (int m = 0; m < members; m++) {
            double[][] own = new double[items][criteria];
            for (int i = 0; i < items; i++) {
                for (int c = 0; c < criteria; c++) {
                    int v = indexed.scores()[m][i][c];
                    own[i][c] = v == RoundScores.MISSING ? Double.NaN : v;
                }
            }
            WsjfModel model = new WsjfModel(round.items(), round.criteria(), round.boosts(), own);
            for (int i = 0; i < items; i++) {
                priorities[m][i] = model.complete(i) ? model.breakdown(i, weights).wsjf() : Double.NaN;
            }
        }
        return KendallW.of(priorities);
    }

    private static List<DisagreementItem> disagreement(RoundScores round, List<CriterionStatistics> statistics) {
        int criteria = round.criteria().size();
        List<DisagreementItem> result = new ArrayList<>();
        for (int i = 0; i < round.items().size(); i++) {
            double largest = 0;
            String where = round.criteria().getFirst().code();
            double sum = 0;
            int counted = 0;
            for (int c = 0; c < criteria; c++) {
                Criterion criterion = round.criteria().get(c);
                Optional<Spread> spread = statistics.get(i * criteria + c).spread();
                if (spread.isEmpty()) {
                    continue;
                }
                double normalised = criterion.scaleRange() == 0 ? 0 : spread.get().iqr() / criterion.scaleRange();
                sum += normalised;
                counted++;
                if (normalised > largest) {
                    largest = normalised;
                    where = criterion.code();
                }
            }
            result.add(new DisagreementItem(round.items().get(i), largest, where, counted == 0 ? 0 : sum / counted));
        }
        result.sort(Comparator.comparingLong((DisagreementItem d) -> -WsjfModel.key(d.largestSpread()))
                .thenComparingLong(d -> -WsjfModel.key(d.meanSpread()))
                .thenComparing(d -> d.item().code()));
        return List.copyOf(result);
    }
}
