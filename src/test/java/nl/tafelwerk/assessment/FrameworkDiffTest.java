package nl.tafelwerk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The difference between two versions, on hand-made versions (no database). */
class FrameworkDiffTest {

    private static final WsjfBoosts BOOSTS = new WsjfBoosts(new BigDecimal("5"), BigDecimal.ONE);

    private static ScoredCriterion criterion(String code, String weight) {
        return new ScoredCriterion(code, "Naam " + code, "", ScoreScale.FIBONACCI, new BigDecimal(weight), WsjfPart.BUSINESS_VALUE);
    }

    private static FrameworkVersion version(int number, List<GateCriterion> gates, List<ScoredCriterion> criteria, WsjfBoosts boosts) {
        return new FrameworkVersion(number, number, LocalDate.of(2026, 11, number), "Voorzitter", gates, criteria, boosts);
    }

    @Test
    void removingOneRowDoesNotMoveTheRowsAfterIt() {
        FrameworkVersion a = version(1, List.of(), List.of(criterion("S-A", "1"), criterion("S-B", "1"), criterion("S-C", "1")), BOOSTS);
        FrameworkVersion b = version(2, List.of(), List.of(criterion("S-B", "1"), criterion("S-C", "1")), BOOSTS);
        FrameworkDiff diff = FrameworkDiff.between(a, b);
        assertThat(diff.criteria()).extracting(FrameworkDiff.Row::code).containsExactly("S-A");
        assertThat(diff.criteria().getFirst().change()).isEqualTo(FrameworkDiff.Change.REMOVED);
    }

    @Test
    void swappingTwoRowsShowsBothPlaces() {
        FrameworkVersion a = version(1, List.of(), List.of(criterion("S-A", "1"), criterion("S-B", "1")), BOOSTS);
        FrameworkVersion b = version(2, List.of(), List.of(criterion("S-B", "1"), criterion("S-A", "1")), BOOSTS);
        FrameworkDiff diff = FrameworkDiff.between(a, b);
        assertThat(diff.criteria()).extracting(FrameworkDiff.Row::code).containsExactly("S-B", "S-A");
        assertThat(diff.criteria().getFirst().fields()).containsExactly(new FrameworkDiff.Field("position", "2", "1"));
    }

    @Test
    void weightsCompareAsNumbersAndBoostsAreListed() {
        FrameworkVersion a = version(1, List.of(new GateCriterion("G-A", "Poort", "")), List.of(criterion("S-A", "1.0")), BOOSTS);
        FrameworkVersion b = version(2, List.of(new GateCriterion("G-A", "Poort A", "")), List.of(criterion("S-A", "1")),
                new WsjfBoosts(new BigDecimal("8"), BigDecimal.ONE));
        FrameworkDiff diff = FrameworkDiff.between(a, b);
        assertThat(diff.criteria()).isEmpty();
        assertThat(diff.gates().getFirst().fields()).containsExactly(new FrameworkDiff.Field("name", "Poort", "Poort A"));
        assertThat(diff.boosts()).containsExactly(new FrameworkDiff.Field("legalObligation", "5", "8"));
    }
}
