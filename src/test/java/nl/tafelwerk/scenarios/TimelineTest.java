package nl.tafelwerk.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tijd parameter on a hand-made graph: A needs B and C, B needs D; E stands alone.
 * Lead times in weeks: D 13 (1 quarter), B 26 (2), C 14 (2, rounded up), A 1 (1), E unknown (1).
 */
class TimelineTest {

    static final Map<String, Set<String>> NEEDS = Map.of("A", Set.of("B", "C"), "B", Set.of("D"));
    static final Map<String, Integer> LEAD = Map.of("A", 1, "B", 26, "C", 14, "D", 13);
    static final Set<String> KNOWN = Set.of("A", "B", "C", "D", "E");

    private static PlannedBouwsteen at(String code, String quarter) {
        return new PlannedBouwsteen(code, code, null, Quarter.parse(quarter).orElseThrow());
    }

    @Test
    void aPlanThatRespectsEveryDependencyHasNoViolationsAndItsCriticalPathEndsLast() {
        Timeline t = Timeline.of(List.of(at("D", "2026-Q1"), at("B", "2026-Q2"), at("C", "2026-Q1"), at("A", "2026-Q4"),
                at("E", "2026-Q1")), NEEDS, LEAD, KNOWN);

        assertThat(t.violations()).isEmpty();
        assertThat(t.bar("B").end()).isEqualTo(new Quarter(2026, 4));
        assertThat(t.bar("C").end()).isEqualTo(new Quarter(2026, 3));
        assertThat(t.end()).isEqualTo(new Quarter(2027, 1));
        assertThat(t.lastQuarter()).isEqualTo(new Quarter(2026, 4));
        assertThat(t.criticalPath()).containsExactly("D", "B", "A");
        assertThat(t.unknownLeadTimes()).containsExactly("E");
        assertThat(t.arrows()).hasSize(3);
    }

    @Test
    void planningSomethingBeforeWhatItNeedsIsReadyIsFlaggedNamingBoth() {
        // B starts in 2026-Q1 together with D, which is only ready in 2026-Q2; A starts before B and C are ready.
        Timeline t = Timeline.of(List.of(at("D", "2026-Q1"), at("B", "2026-Q1"), at("C", "2026-Q1"), at("A", "2026-Q2")),
                NEEDS, LEAD, KNOWN);

        assertThat(t.violations()).containsExactly(
                new Timeline.Violation("A", new Quarter(2026, 2), "B", new Quarter(2026, 3)),
                new Timeline.Violation("A", new Quarter(2026, 2), "C", new Quarter(2026, 3)),
                new Timeline.Violation("B", new Quarter(2026, 1), "D", new Quarter(2026, 2)));
        Scenario s = MoneyFiguresTest.scenario(List.of());
        assertThat(Warning.of(s, t, MoneyFigures.of(s))).extracting(Warning::arguments)
                .contains(List.of("B", "2026-Q1", "D", "2026-Q2"));
    }

    @Test
    void whatIsNeededButLeftOutAndBouwstenenThatNoLongerExistAreListed() {
        Timeline t = Timeline.of(List.of(at("A", "2026-Q1"), at("GONE", "2026-Q1")), NEEDS, LEAD, KNOWN);

        assertThat(t.violations()).isEmpty();
        assertThat(t.outside()).containsExactlyInAnyOrder(new Timeline.Arrow("A", "B"), new Timeline.Arrow("A", "C"));
        assertThat(t.unknownBouwstenen()).containsExactly("GONE");
        Scenario s = MoneyFiguresTest.scenario(List.of());
        assertThat(Warning.of(s, t, MoneyFigures.of(s))).extracting(Warning::messageKey).containsExactly("scenario.warning.bouwsteenGone");
    }

    @Test
    void aMilestoneSlipOfMoreThanAMonthIsAWarning() {
        Timeline t = Timeline.of(List.of(at("D", "2026-Q1")), NEEDS, LEAD, KNOWN);
        Scenario base = MoneyFiguresTest.scenario(List.of());
        Scenario s = new Scenario(base.code(), base.vraagstukCode(), null, "t", "", "", "", Set.of(), "", "", "", "", "", 2025,
                2027, base.discountRate(), List.of(at("D", "2026-Q1")),
                List.of(new Milestone("m1", "Live", new Quarter(2026, 3), new Quarter(2026, 2), null, true),
                        new Milestone("m2", "Op tijd", new Quarter(2026, 2), new Quarter(2026, 2), null, true),
                        new Milestone("m3", "D klaar", new Quarter(2025, 4), null, "D", true)),
                List.of(), List.of(), List.of(), base.updatedAt(), "t", 0);
        List<Warning> warnings = Warning.of(s, t, MoneyFigures.of(s));
        assertThat(warnings).extracting(Warning::messageKey).containsExactly("scenario.warning.milestoneSlip",
                "scenario.warning.milestoneLate");
        assertThat(warnings.getFirst().arguments()).containsExactly("Live", "2026-Q2", "2026-Q3", "3");
    }

    @Test
    void quartersAreReadAsPeopleWriteThem() {
        assertThat(Quarter.parse("2027-Q2")).contains(new Quarter(2027, 2));
        assertThat(Quarter.parse(" 2027 q4 ")).contains(new Quarter(2027, 4));
        assertThat(Quarter.parse("2027-Q5")).isEmpty();
        assertThat(Quarter.parse("Q2")).isEmpty();
        assertThat(new Quarter(2026, 4).plus(1)).isEqualTo(new Quarter(2027, 1));
    }
}
