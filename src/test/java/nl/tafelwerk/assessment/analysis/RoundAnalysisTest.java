package nl.tafelwerk.assessment.analysis;

import static nl.tafelwerk.assessment.WsjfPart.BUSINESS_VALUE;
import static nl.tafelwerk.assessment.WsjfPart.JOB_SIZE;
import static nl.tafelwerk.assessment.WsjfPart.RISK_REDUCTION;
import static nl.tafelwerk.assessment.WsjfPart.TIME_CRITICALITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import nl.tafelwerk.assessment.ScoreScale;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Statistics, WSJF, Kendall's W, disagreement order and sector rankings against numbers worked out by hand. */
class RoundAnalysisTest {

    // ---- statistics ----

    @Test
    void spreadAndDistributionOfOneItemAndCriterionWithASkip() {
        Rounds r = new Rounds().item("VS-01")
                .criterion("WAARDE", "Waarde", 1, BUSINESS_VALUE).criterion("OMVANG", "Omvang", 1, JOB_SIZE)
                .member("a", "HAZ").member("b", "HAZ").member("c", "MSZ").member("d", "LZ").member("e", "LZ")
                .scores("a", "VS-01", 1, 3).scores("b", "VS-01", 2, 3).scores("c", "VS-01", 3, 3)
                .scores("d", "VS-01", 5, 3).skip("e", "VS-01");

        CriterionStatistics waarde = r.analysis().statistics("VS-01", "WAARDE");

        assertThat(waarde.scored()).isEqualTo(4);
        assertThat(waarde.skipped()).isEqualTo(1);
        Spread spread = waarde.spread().orElseThrow();
        // 1, 2, 3, 5: median 2.5, Q1 1.75, Q3 3.5 (type 7), IQR 1.75
        assertThat(spread.median()).isCloseTo(2.5, within(1e-12));
        assertThat(spread.min()).isEqualTo(1);
        assertThat(spread.max()).isEqualTo(5);
        assertThat(spread.q1()).isCloseTo(1.75, within(1e-12));
        assertThat(spread.q3()).isCloseTo(3.5, within(1e-12));
        assertThat(spread.iqr()).isCloseTo(1.75, within(1e-12));
        assertThat(waarde.distribution()).containsExactly(new ValueCount(1, 1), new ValueCount(2, 1),
                new ValueCount(3, 1), new ValueCount(5, 1), new ValueCount(8, 0), new ValueCount(13, 0),
                new ValueCount(20, 0));
    }

    @Test
    void anItemEveryoneSkippedHasNoSpreadAndIsNotRanked() {
        Rounds r = new Rounds().item("VS-01").item("VS-02")
                .criterion("WAARDE", "Waarde", 1, BUSINESS_VALUE).criterion("OMVANG", "Omvang", 1, JOB_SIZE)
                .member("a", "HAZ").scores("a", "VS-01", 5, 2).skip("a", "VS-02");

        RoundAnalysis analysis = r.analysis();

        assertThat(analysis.statistics("VS-02", "WAARDE").spread()).isEmpty();
        assertThat(analysis.ranking().top(5)).containsExactly("VS-01");
        assertThat(analysis.ranking().unranked()).singleElement()
                .satisfies(u -> assertThat(u.missingCriteria()).containsExactly("WAARDE", "OMVANG"));
    }

    // ---- WSJF ----

    private static Rounds wsjfExample() {
        Rounds r = new Rounds().item("VS-01").item("MITZ", true, 3).item("VS-02")
                .criterion("WAARDE", "Waarde", 2, BUSINESS_VALUE).criterion("URG", "Urgentie", 1, TIME_CRITICALITY)
                .criterion("RISICO", "Risico", 1, RISK_REDUCTION).criterion("OMVANG", "Omvang", 1, JOB_SIZE)
                .member("a", "HAZ")
                .scores("a", "VS-01", 8, 5, 3, 8).scores("a", "MITZ", 3, 2, 1, 2).scores("a", "VS-02", 1, 1, 1, 1)
                .consensus("VS-01", 8, 5, 3, 8).consensus("MITZ", 3, 2, 1, 2).consensus("VS-02", 5, 3, 2, 13);
        r.boosts = new Boosts(5, 2);
        return r;
    }

    @Test
    void wsjfIsCostOfDelayWithBoostsOverJobSize() {
        Ranking ranking = wsjfExample().analysis().ranking();

        // MITZ: 2·3 + 2 + 1 = 9, + legal 5 + 3 dependents · 2 = 20; job size 2 → 10
        // VS-01: 2·8 + 5 + 3 = 24; job size 8 → 3
        // VS-02: 2·5 + 3 + 2 = 15; job size 13 → 1.1538…
        assertThat(ranking.top(5)).containsExactly("MITZ", "VS-01", "VS-02");
        WsjfBreakdown mitz = ranking.ranked().getFirst().breakdown();
        assertThat(mitz.businessValue()).isEqualTo(6.0);
        assertThat(mitz.timeCriticality()).isEqualTo(2.0);
        assertThat(mitz.riskReduction()).isEqualTo(1.0);
        assertThat(mitz.legalBoost()).isEqualTo(5.0);
        assertThat(mitz.dependencyBoost()).isEqualTo(6.0);
        assertThat(mitz.costOfDelay()).isEqualTo(20.0);
        assertThat(mitz.jobSize()).isEqualTo(2.0);
        assertThat(mitz.wsjf()).isEqualTo(10.0);
        assertThat(ranking.ranked().get(1).wsjf()).isEqualTo(3.0);
        assertThat(ranking.ranked().get(2).wsjf()).isCloseTo(15.0 / 13, within(1e-12));
        assertThat(ranking.ranked()).extracting(RankedItem::position).containsExactly(1, 2, 3);
    }

    @Test
    void withoutConsensusTheMedianOfTheMembersStandsIn() {
        Rounds r = new Rounds().item("VS-01")
                .criterion("WAARDE", "Waarde", 1, BUSINESS_VALUE).criterion("OMVANG", "Omvang", 1, JOB_SIZE)
                .member("a", "HAZ").member("b", "MSZ").member("c", "LZ")
                .scores("a", "VS-01", 2, 2).scores("b", "VS-01", 8, 3).scores("c", "VS-01", 13, 5);
        r.consensus.add(new ConsensusScore("VS-01", "OMVANG", 2));

        RankedItem only = r.analysis().ranking().ranked().getFirst();

        // value: median of 2, 8, 13 = 8; job size: consensus 2 → 4
        assertThat(only.wsjf()).isEqualTo(4.0);
        assertThat(only.criteriaFromMedian()).containsExactly("WAARDE");
    }

    @Test
    void equalWsjfGoesToTheHigherCostOfDelayThenToTheCode() {
        Rounds r = new Rounds().item("VS-03").item("VS-02").item("VS-01")
                .criterion("WAARDE", "Waarde", 0.1, BUSINESS_VALUE).criterion("URG", "Urgentie", 0.2, TIME_CRITICALITY)
                .criterion("OMVANG", "Omvang", 1, JOB_SIZE).member("a", "HAZ")
                // all three have WSJF 0.3 on paper (0.1 + 0.2 is not 0.3 in doubles): VS-01 (0.1·6 + 0.2·6)/6 with
                // cost of delay 1.8, VS-03 (0.1·3 + 0.2·3)/3 with 0.9, VS-02 (0.1 + 0.2)/1 with 0.3
                .consensus("VS-03", 3, 3, 3).consensus("VS-02", 1, 1, 1).consensus("VS-01", 6, 6, 6)
                .scores("a", "VS-03", 3, 3, 3).scores("a", "VS-02", 1, 1, 1).scores("a", "VS-01", 5, 5, 5);

        assertThat(r.analysis().ranking().top(3)).containsExactly("VS-01", "VS-03", "VS-02");
    }

    @Test
    void aJobSizeOfZeroIsRefusedNamingTheItem() {
        ScoreScale withZero = new ScoreScale(List.of(0, 1, 2, 3));
        Rounds r = new Rounds().item("VS-01").item("VS-02")
                .criterion("WAARDE", "Waarde", 1, BUSINESS_VALUE).criterion("OMVANG", "Omvang", 1, JOB_SIZE, withZero)
                .member("a", "HAZ").scores("a", "VS-01", 5, 1).scores("a", "VS-02", 5, 0);

        assertThatThrownBy(r::analysis).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("analysis.wsjf.jobSize.zero");
            assertThat(e.arguments()).containsExactly("VS-02");
        });
    }

    @Test
    void badWeightsAndEmptyRoundsAreRefused() {
        Rounds r = new Rounds().item("VS-01").member("a", "HAZ")
                .criterion("WAARDE", "Waarde", 1, BUSINESS_VALUE).criterion("OMVANG", "Omvang", 0, JOB_SIZE);
        assertThatThrownBy(r::round).hasMessage("analysis.wsjf.jobSize.unweighted");

        Rounds negative = new Rounds().item("VS-01").member("a", "HAZ")
                .criterion("WAARDE", "Waarde", -1, BUSINESS_VALUE).criterion("OMVANG", "Omvang", 1, JOB_SIZE);
        assertThatThrownBy(negative::round).hasMessage("analysis.weight.negative");

        Rounds zero = new Rounds().item("VS-01").member("a", "HAZ")
                .criterion("WAARDE", "Waarde", 0, BUSINESS_VALUE).criterion("OMVANG", "Omvang", 0, JOB_SIZE);
        assertThatThrownBy(zero::round).hasMessage("analysis.weights.zero");

        Rounds noItems = new Rounds().member("a", "HAZ").criterion("OMVANG", "Omvang", 1, JOB_SIZE);
        assertThatThrownBy(noItems::round).hasMessage("analysis.items.empty");

        Rounds noMembers = new Rounds().item("VS-01").criterion("OMVANG", "Omvang", 1, JOB_SIZE);
        assertThatThrownBy(noMembers::round).hasMessage("analysis.members.empty");
    }

    @Test
    void aScoreOffTheScaleIsRefused() {
        Rounds r = new Rounds().item("VS-01").member("a", "HAZ")
                .criterion("WAARDE", "Waarde", 1, BUSINESS_VALUE).criterion("OMVANG", "Omvang", 1, JOB_SIZE)
                .scores("a", "VS-01", 4, 1);
        assertThatThrownBy(r::analysis).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo("analysis.score.outsideScale"));
    }

    // ---- Kendall's W ----

    @Test
    void kendallsWWithTiesByHand() {
        double[][] priorities = {
                {4, 3, 2, 1},   // ranks 1, 2, 3, 4
                {4, 3, 3, 1},   // ranks 1, 2.5, 2.5, 4 — one tie of two: T = 2³ − 2 = 6
                {3, 4, 2, 1},   // ranks 2, 1, 3, 4
        };
        // rank sums 4, 5.5, 8.5, 12; mean 7.5; S = 12.25 + 4 + 1 + 20.25 = 37.5
        // W = 12·37.5 / (3²·(4³ − 4) − 3·6) = 450 / 522 (without the tie correction it would be 450 / 540)
        Agreement agreement = KendallW.of(priorities).orElseThrow();
        assertThat(agreement.w()).isCloseTo(450.0 / 522, within(1e-12));
        assertThat(agreement.raters()).isEqualTo(3);
        assertThat(agreement.level()).isEqualTo(AgreementLevel.VERY_STRONG);
    }

    @Test
    void kendallsWWithSkippedItemsGivesThemTheMidRank() {
        double nan = Double.NaN;
        double[][] priorities = {
                {4, 3, 2, 1},       // 1, 2, 3, 4
                {4, 3, 2, 1},       // 1, 2, 3, 4
                {3, 4, nan, nan},   // 2, 1, and the two skipped share (2 + 1 + 4)/2 = 3.5: T = 6
                {nan, nan, nan, nan}, // ranked nothing: left out
        };
        // rank sums 4, 5, 9.5, 11.5; mean 7.5; S = 12.25 + 6.25 + 4 + 16 = 38.5; W = 462 / 522
        Agreement agreement = KendallW.of(priorities).orElseThrow();
        assertThat(agreement.w()).isCloseTo(462.0 / 522, within(1e-12));
        assertThat(agreement.raters()).isEqualTo(3);
        assertThat(agreement.ratersLeftOut()).isEqualTo(1);
    }

    @Test
    void membersRankByTheWsjfOfTheirOwnScores() {
        // job size 1 everywhere, so each member's WSJF is their value score: the same orders as the example above
        Rounds r = new Rounds().item("A").item("B").item("C").item("D")
                .criterion("WAARDE", "Waarde", 1, BUSINESS_VALUE).criterion("OMVANG", "Omvang", 1, JOB_SIZE)
                .member("m1", "HAZ").member("m2", "MSZ").member("m3", "LZ");
        for (String m : List.of("m1", "m2")) {
            r.scores(m, "A", 8, 1).scores(m, "B", 5, 1).scores(m, "C", 3, 1).scores(m, "D", 2, 1);
        }
        r.scores("m3", "A", 5, 1).scores("m3", "B", 8, 1).skip("m3", "C").skip("m3", "D");

        Agreement agreement = r.analysis().agreement().orElseThrow();

        assertThat(agreement.w()).isCloseTo(462.0 / 522, within(1e-12));
    }

    @Test
    void kendallsWIsUndefinedForOneRater() {
        assertThat(KendallW.of(new double[][] {{1, 2, 3}})).isEmpty();
    }

    @Test
    void agreementInWords() {
        assertThat(AgreementLevel.of(0.0)).isEqualTo(AgreementLevel.VERY_WEAK);
        assertThat(AgreementLevel.of(0.19)).isEqualTo(AgreementLevel.VERY_WEAK);
        assertThat(AgreementLevel.of(0.2)).isEqualTo(AgreementLevel.WEAK);
        assertThat(AgreementLevel.of(0.45)).isEqualTo(AgreementLevel.MODERATE);
        assertThat(AgreementLevel.of(0.6)).isEqualTo(AgreementLevel.STRONG);
        assertThat(AgreementLevel.of(0.95)).isEqualTo(AgreementLevel.VERY_STRONG);
        assertThat(AgreementLevel.MODERATE.dutch()).isEqualTo("matige overeenstemming");
    }

    // ---- disagreement and sectors ----

    @Test
    void itemsWithTheWidestNormalisedSpreadComeFirst() {
        Rounds r = new Rounds().item("EENS").item("ONEENS")
                .criterion("WAARDE", "Waarde", 1, BUSINESS_VALUE).criterion("OMVANG", "Omvang", 1, JOB_SIZE)
                .member("a", "HAZ").member("b", "HAZ").member("c", "MSZ").member("d", "LZ")
                // EENS on value: 5, 5, 5, 8 → Q1 5, Q3 5.75, IQR 0.75 of a scale 1…20 (19 wide)
                .scores("a", "EENS", 5, 2).scores("b", "EENS", 5, 2).scores("c", "EENS", 5, 2).scores("d", "EENS", 8, 2)
                // ONEENS on value: 1, 1, 20, 20 → Q1 1, Q3 20, IQR 19: the whole scale
                .scores("a", "ONEENS", 1, 2).scores("b", "ONEENS", 1, 2).scores("c", "ONEENS", 20, 2)
                .scores("d", "ONEENS", 20, 2);

        List<DisagreementItem> order = r.analysis().byDisagreement();

        assertThat(order).extracting(d -> d.item().code()).containsExactly("ONEENS", "EENS");
        assertThat(order.getFirst().largestSpread()).isCloseTo(1.0, within(1e-12));
        assertThat(order.getFirst().criterionCode()).isEqualTo("WAARDE");
        assertThat(order.get(1).largestSpread()).isCloseTo(0.75 / 19, within(1e-12));
        assertThat(order.get(1).meanSpread()).isCloseTo(0.75 / 19 / 2, within(1e-12));
    }

    @Test
    void eachSectorRanksByTheMeanOfItsMembersScores() {
        Rounds r = new Rounds().item("VS-01").item("VS-02")
                .criterion("WAARDE", "Waarde", 1, BUSINESS_VALUE).criterion("OMVANG", "Omvang", 1, JOB_SIZE)
                .member("h1", "HAZ").member("h2", "HAZ").member("m1", "MSZ")
                // HAZ: VS-01 mean (2 + 8)/2 = 5 over 1 → 5; VS-02 mean 3 over 1 → 3 (h2 skipped it)
                .scores("h1", "VS-01", 2, 1).scores("h2", "VS-01", 8, 1).scores("h1", "VS-02", 3, 1).skip("h2", "VS-02")
                // MSZ: VS-01 1, VS-02 13
                .scores("m1", "VS-01", 1, 1).scores("m1", "VS-02", 13, 1);

        List<SectorRanking> sectors = r.analysis().sectorRankings();

        assertThat(sectors).extracting(SectorRanking::sector).containsExactly("HAZ", "MSZ");
        assertThat(sectors.getFirst().members()).isEqualTo(2);
        assertThat(sectors.getFirst().ranking().top(2)).containsExactly("VS-01", "VS-02");
        assertThat(sectors.getFirst().ranking().ranked().getFirst().wsjf()).isEqualTo(5.0);
        assertThat(sectors.get(1).ranking().top(2)).containsExactly("VS-02", "VS-01");
    }

    // ---- what if ----

    @Test
    void whatIfRecomputesWithOtherWeightsAndChangesNothingElse() {
        RoundAnalysis published = wsjfExample().analysis();
        RoundScores before = published.round();

        // value weight 2 → 0 and job size weight 1 → 0.5: MITZ (2 + 1 + 5 + 6)/(0.5·2) = 14,
        // VS-01 (5 + 3)/(0.5·8) = 2, VS-02 (3 + 2)/(0.5·13) = 0.77
        RoundAnalysis whatIf = published.whatIf(Map.of("WAARDE", 0.0, "OMVANG", 0.5));

        assertThat(whatIf.ranking().ranked().getFirst().wsjf()).isEqualTo(14.0);
        assertThat(whatIf.ranking().ranked().get(1).wsjf()).isEqualTo(2.0);
        assertThat(published.ranking().ranked().getFirst().wsjf()).isEqualTo(10.0);
        assertThat(published.round()).isSameAs(before);
        assertThat(published.weights()).containsEntry("WAARDE", 2.0).containsEntry("OMVANG", 1.0);
        assertThat(whatIf.statistics()).isEqualTo(published.statistics());
    }

    @Test
    void whatIfRefusesWeightsThatMakeNoSense() {
        RoundAnalysis published = wsjfExample().analysis();
        assertThatThrownBy(() -> published.whatIf(Map.of("URG", -0.5))).hasMessage("analysis.weight.negative");
        assertThatThrownBy(() -> published.whatIf(Map.of("OMVANG", 0.0))).hasMessage("analysis.wsjf.jobSize.unweighted");
        assertThatThrownBy(() -> published.whatIf(Map.of("ONBEKEND", 1.0))).hasMessage("analysis.criterion.unknown");
    }
}
