package nl.tafelwerk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.tafelwerk.assessment.ScoreScale;
import nl.tafelwerk.assessment.WsjfPart;
import nl.tafelwerk.assessment.analysis.AssessedItem;
import nl.tafelwerk.assessment.analysis.Boosts;
import nl.tafelwerk.assessment.analysis.ConsensusScore;
import nl.tafelwerk.assessment.analysis.Criterion;
import nl.tafelwerk.assessment.analysis.ItemKind;
import nl.tafelwerk.assessment.analysis.Member;
import nl.tafelwerk.assessment.analysis.RoundAnalysis;
import nl.tafelwerk.assessment.analysis.RoundScores;
import nl.tafelwerk.assessment.analysis.Score;
import nl.tafelwerk.assessment.analysis.SensitivityRow;
import nl.tafelwerk.assessment.analysis.Skip;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the reveal of a round of 50 items × 12 criteria × 30 members (statistics for every item and criterion,
 * the sector rankings, Kendall's W, the disagreement order and the WSJF ranking; target under 200 ms) and the
 * sensitivity search of its top 5 (target under 1 s). Random Fibonacci scores, 5 % skips, consensus on half the
 * items. Prints the first (cold) run and the median and maximum of {@value #RUNS} runs after warming up.
 *
 * <pre>
 * mvn -B test -Dtest=RoundAnalysisBenchmark -Dgroups=bench -DexcludedGroups=none -Dmaven.test.redirectTestOutputToFile=false
 * </pre>
 */
@Tag("bench")
class RoundAnalysisBenchmark {

    private static final int ITEMS = 50;
    private static final int CRITERIA = 12;
    private static final int MEMBERS = 30;
    private static final int WARM_UP = 20;
    private static final int RUNS = 30;
    private static final String[] SECTORS = {"HAZ", "MSZ", "LZ", "VWS", "NICTIZ"};

    private static long sink;

    @Test
    void revealAndSensitivityOfFiftyItemsTwelveCriteriaThirtyMembers() {
        Random random = new Random(20261129);
        List<AssessedItem> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            items.add(new AssessedItem(String.format("VS-%02d", i), "Vraagstuk " + i,
                    i % 2 == 0 ? ItemKind.VRAAGSTUK : ItemKind.BOUWSTEEN, random.nextInt(5) == 0, random.nextInt(6)));
        }
        List<Criterion> criteria = new ArrayList<>();
        for (int c = 0; c < CRITERIA; c++) {
            criteria.add(new Criterion("C" + c, "Criterium " + c, 0.5 + random.nextInt(4) * 0.5,
                    WsjfPart.values()[c % 4], ScoreScale.FIBONACCI));
        }
        List<Member> members = new ArrayList<>();
        for (int m = 0; m < MEMBERS; m++) {
            members.add(new Member("lid-" + m, "Lid " + m, SECTORS[m % SECTORS.length]));
        }
        List<Integer> scale = ScoreScale.FIBONACCI.values();
        List<Score> scores = new ArrayList<>();
        List<Skip> skips = new ArrayList<>();
        for (Member member : members) {
            for (AssessedItem item : items) {
                if (random.nextInt(20) == 0) {
                    skips.add(new Skip(member.id(), item.code(), "geen zicht op"));
                    continue;
                }
                for (Criterion criterion : criteria) {
                    scores.add(new Score(member.id(), item.code(), criterion.code(), scale.get(random.nextInt(scale.size()))));
                }
            }
        }
        List<ConsensusScore> consensus = new ArrayList<>();
        for (int i = 0; i < ITEMS; i += 2) {
            for (Criterion criterion : criteria) {
                consensus.add(new ConsensusScore(items.get(i).code(), criterion.code(), scale.get(random.nextInt(scale.size()))));
            }
        }
        RoundScores round = new RoundScores(items, criteria, members, scores, skips, new Boosts(5, 1));

        long[] reveal = time(() -> {
            RoundAnalysis analysis = RoundAnalysis.of(round, consensus);
            sink += analysis.ranking().ranked().size() + analysis.statistics().size()
                    + analysis.sectorRankings().size() + analysis.byDisagreement().size()
                    + (analysis.agreement().isPresent() ? 1 : 0);
        });
        RoundAnalysis analysis = RoundAnalysis.of(round, consensus);
        long[] sensitivity = time(() -> {
            List<SensitivityRow> rows = analysis.sensitivity();
            sink += rows.stream().filter(r -> r.down().isPresent() || r.up().isPresent()).count();
        });

        System.out.printf(Locale.ROOT, "round analysis: %d items x %d criteria x %d members, %d scores, %d skips%n",
                ITEMS, CRITERIA, MEMBERS, scores.size(), skips.size());
        report("reveal statistics + ranking", reveal);
        report("sensitivity search (top 5)", sensitivity);
        System.out.printf(Locale.ROOT, "  agreement W = %.3f (%s); sensitivity rows with a change: %d of %d (sink %d)%n",
                analysis.agreement().orElseThrow().w(), analysis.agreement().orElseThrow().level().dutch(),
                analysis.sensitivity().stream().filter(r -> r.down().isPresent() || r.up().isPresent()).count(),
                CRITERIA, sink);
        assertThat(median(reveal)).as("reveal median, ms").isLessThan(200);
        assertThat(median(sensitivity)).as("sensitivity median, ms").isLessThan(1000);
    }

    /** [cold run, then RUNS timed runs after WARM_UP], in ms. */
    private static long[] time(Runnable work) {
        long[] result = new long[RUNS + 1];
        long start = System.nanoTime();
        work.run();
        result[0] = (System.nanoTime() - start) / 1_000_000;
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        for (int i = 1; i <= RUNS; i++) {
            start = System.nanoTime();
            work.run();
            result[i] = (System.nanoTime() - start) / 1_000_000;
        }
        return result;
    }

    private static long median(long[] times) {
        long[] runs = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(runs);
        return runs[runs.length / 2];
    }

    private static void report(String what, long[] times) {
        long[] runs = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(runs);
        System.out.printf(Locale.ROOT, "  %-30s cold %4d ms, median %4d ms, max %4d ms (%d runs)%n", what, times[0],
                median(times), runs[runs.length - 1], RUNS);
    }
}
