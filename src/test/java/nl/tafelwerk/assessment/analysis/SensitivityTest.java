package nl.tafelwerk.assessment.analysis;

import static nl.tafelwerk.assessment.WsjfPart.BUSINESS_VALUE;
import static nl.tafelwerk.assessment.WsjfPart.JOB_SIZE;
import static nl.tafelwerk.assessment.WsjfPart.RISK_REDUCTION;
import static nl.tafelwerk.assessment.WsjfPart.TIME_CRITICALITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.tafelwerk.assessment.ScoreScale;
import nl.tafelwerk.assessment.WsjfPart;
import org.junit.jupiter.api.Test;

/** The sensitivity search against a hand-computed example, and against brute force on random rounds. */
class SensitivityTest {

    /**
     * Job size 1 everywhere, so WSJF = value·w<sub>value</sub> + urgency·w<sub>urgency</sub>; both weights 1.
     * VS-01 20+1 = 21, VS-02 13+5 = 18, VS-03 13+3 = 16, VS-04 8+5 = 13, VS-05 2+10 = 12 | VS-06 10+1 = 11, VS-07 1+1 = 2.
     */
    private static RoundAnalysis example() {
        ScoreScale oneToTwenty = new ScoreScale(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
        Rounds r = new Rounds()
                .criterion("WAARDE", "Waarde", 1, BUSINESS_VALUE, oneToTwenty)
                .criterion("URG", "Urgentie", 1, TIME_CRITICALITY, oneToTwenty)
                .criterion("OMVANG", "Omvang", 1, JOB_SIZE).member("a", "HAZ");
        int[][] values = {{20, 1}, {13, 5}, {13, 3}, {8, 5}, {2, 10}, {10, 1}, {1, 1}};
        for (int i = 0; i < values.length; i++) {
            String code = "VS-0" + (i + 1);
            r.item(code).scores("a", code, values[i][0], values[i][1], 1);
        }
        return r.analysis();
    }

    @Test
    void smallestWeightChangesThatChangeTheTopFiveByHand() {
        RoundAnalysis analysis = example();
        assertThat(analysis.ranking().top(5)).containsExactly("VS-01", "VS-02", "VS-03", "VS-04", "VS-05");

        List<SensitivityRow> rows = analysis.sensitivity();
        SensitivityRow value = rows.get(0);
        SensitivityRow urgency = rows.get(1);
        SensitivityRow jobSize = rows.get(2);

        // urgency t: VS-05 2 + 10t meets VS-06 10 + t at t = 8/9, i.e. −11.1 %, shown as −12 %
        WeightChange down = urgency.down().orElseThrow();
        assertThat(down.relativeChange()).isCloseTo(8.0 / 9 - 1, within(1e-12));
        assertThat(down.percent()).isEqualTo(-12);
        assertThat(down.newWeight()).isCloseTo(8.0 / 9, within(1e-12));
        assertThat(down.droppedOut()).containsExactly("VS-05");
        assertThat(down.cameIn()).containsExactly("VS-06");
        // more urgency only widens the gap between the top (urgency ≥ 1 each) and VS-06/VS-07 (urgency 1)
        assertThat(urgency.up()).isEmpty();

        // value v: VS-05 2v + 10 meets VS-06 10v + 1 at v = 9/8, +12.5 %, shown as +13 %
        WeightChange up = value.up().orElseThrow();
        assertThat(up.relativeChange()).isCloseTo(0.125, within(1e-12));
        assertThat(up.percent()).isEqualTo(13);
        assertThat(up.droppedOut()).containsExactly("VS-05");
        assertThat(up.cameIn()).containsExactly("VS-06");
        // past v = 9/8: VS-04 8v + 5 still leads VS-06 10v + 1 (until v = 2)
        assertThat(up.topAfter()).containsExactly("VS-01", "VS-02", "VS-03", "VS-04", "VS-06");
        // less value: at v = 0 VS-01 ties VS-06 and VS-07 on 1 and keeps its place by code; nothing else crosses
        assertThat(value.down()).isEmpty();

        // the same job size for all: its weight scales every WSJF alike and never reorders
        assertThat(jobSize.down()).isEmpty();
        assertThat(jobSize.up()).isEmpty();
    }

    @Test
    void whatIfAtTheShownPercentageReallyChangesTheTopFive() {
        RoundAnalysis analysis = example();
        RoundAnalysis whatIf = analysis.whatIf(Map.of("URG", 1 - 0.12));
        assertThat(whatIf.ranking().top(5)).contains("VS-06").doesNotContain("VS-05");
        RoundAnalysis notYet = analysis.whatIf(Map.of("URG", 1 - 0.11));
        assertThat(notYet.ranking().top(5)).contains("VS-05").doesNotContain("VS-06");
    }

    @Test
    void fiveItemsOrFewerHaveNoSetToChange() {
        Rounds r = new Rounds().criterion("WAARDE", "Waarde", 1, BUSINESS_VALUE).criterion("OMVANG", "Omvang", 1, JOB_SIZE)
                .member("a", "HAZ");
        for (int i = 1; i <= 5; i++) {
            r.item("VS-0" + i).scores("a", "VS-0" + i, List.of(1, 2, 3, 5, 8).get(i - 1), 1);
        }
        assertThat(r.analysis().sensitivity()).allSatisfy(row -> {
            assertThat(row.down()).isEmpty();
            assertThat(row.up()).isEmpty();
        });
    }

    /** The exact search agrees with trying many weights on random rounds: nothing changes before, something after. */
    @Test
    void agreesWithBruteForceOnRandomRounds() {
        Random random = new Random(20261129);
        WsjfPart[] parts = {BUSINESS_VALUE, TIME_CRITICALITY, RISK_REDUCTION, JOB_SIZE, BUSINESS_VALUE, JOB_SIZE};
        List<Integer> scale = ScoreScale.FIBONACCI.values();
        int checkedChanges = 0;
        for (int round = 0; round < 40; round++) {
            Rounds r = new Rounds().member("a", "HAZ").member("b", "MSZ");
            for (int c = 0; c < parts.length; c++) {
                r.criterion("C" + c, "Criterium " + c, 0.5 + random.nextInt(4) * 0.5, parts[c]);
            }
            for (int i = 0; i < 12; i++) {
                String code = String.format("VS-%02d", i);
                r.item(code, random.nextInt(4) == 0, random.nextInt(3));
                for (String member : List.of("a", "b")) {
                    int[] values = new int[parts.length];
                    for (int c = 0; c < parts.length; c++) {
                        values[c] = scale.get(random.nextInt(scale.size()));
                    }
                    r.scores(member, code, values);
                }
            }
            r.boosts = new Boosts(3, 1);
            RoundAnalysis analysis = r.analysis();
            Set<String> top = new HashSet<>(analysis.ranking().top(5));
            for (SensitivityRow row : analysis.sensitivity()) {
                String code = row.criterion().code();
                double w = row.criterion().weight();
                for (boolean up : new boolean[] {false, true}) {
                    var change = up ? row.up() : row.down();
                    double end = change.map(WeightChange::newWeight).orElse(up ? w * 20 : 0);
                    for (int step = 1; step < 200; step++) {
                        double t = w + (end - w) * step / 200.0;
                        if (t <= 0) {
                            continue;
                        }
                        assertThat(new HashSet<>(topAt(analysis, code, t)))
                                .as("round %d, %s at %s (change %s)", round, code, t, change).isEqualTo(top);
                    }
                    if (change.isPresent()) {
                        double shown = w * (1 + change.get().percent() / 100.0);
                        if (shown > 0) {
                            assertThat(new HashSet<>(topAt(analysis, code, shown))).as("round %d, %s at the shown %d %%",
                                    round, code, change.get().percent()).isNotEqualTo(top);
                            checkedChanges++;
                        }
                    }
                }
            }
        }
        assertThat(checkedChanges).as("the random rounds must exercise real changes").isGreaterThan(50);
    }

    private static List<String> topAt(RoundAnalysis analysis, String criterion, double weight) {
        Map<String, Double> weights = new HashMap<>();
        weights.put(criterion, weight);
        return analysis.whatIf(weights).ranking().top(5);
    }
}
