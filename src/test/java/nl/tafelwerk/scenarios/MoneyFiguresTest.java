package nl.tafelwerk.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The money of a scenario against figures worked out by hand (in the comments). */
class MoneyFiguresTest {

    private static MoneyLine line(int year, MoneyFlow flow, MoneyCategory category, Recurrence recurrence, String amount) {
        return new MoneyLine("x" + year + flow + category + amount, year, "VWS", flow, category, recurrence, new BigDecimal(amount), "");
    }

    @Test
    void totalsResultAndNetPresentValueMatchTheHandComputedExample() {
        // 2025: costs 100,000 (staff) + 20,000 (IT)            benefits 0
        // 2026: costs  50,000 (hire) + 10,000 recurring (IT)    benefits 30,000
        // 2027: costs  10,000 (the recurring IT line)           benefits 30,000 + 90,000.50
        // results: -120,000 ; -30,000 ; +110,000.50 ; total -39,999.50
        // NPV at 10 %: -120,000 + -30,000/1.1 + 110,000.50/1.21
        //            = -120,000 - 27,272.7272... + 90,909.5041... = -56,363.2231... → -56,363.22
        List<MoneyLine> money = List.of(
                line(2025, MoneyFlow.COST, MoneyCategory.OWN_STAFF, Recurrence.ONE_OFF, "100000"),
                line(2025, MoneyFlow.COST, MoneyCategory.IT, Recurrence.ONE_OFF, "20000"),
                line(2026, MoneyFlow.COST, MoneyCategory.HIRE, Recurrence.ONE_OFF, "50000"),
                line(2026, MoneyFlow.COST, MoneyCategory.IT, Recurrence.RECURRING, "10000"),
                line(2026, MoneyFlow.BENEFIT, MoneyCategory.OTHER, Recurrence.RECURRING, "30000"),
                line(2027, MoneyFlow.BENEFIT, MoneyCategory.OTHER, Recurrence.ONE_OFF, "90000.50"),
                line(2027, MoneyFlow.BUDGET, MoneyCategory.OTHER, Recurrence.ONE_OFF, "5000"));
        List<FteLine> fte = List.of(new FteLine("f1", 2025, "VWS", FteKind.INZET, new BigDecimal("1.5")),
                new FteLine("f2", 2025, "HAZ", FteKind.INZET, new BigDecimal("0.5")),
                new FteLine("f3", 2027, "HAZ", FteKind.VRIJGESPEELD, new BigDecimal("2")));

        MoneyFigures f = MoneyFigures.of(2025, 2027, new BigDecimal("10"), money, fte);

        assertThat(f.costs()).containsExactly(entry(2025, "120000"), entry(2026, "60000"), entry(2027, "10000"));
        assertThat(f.benefits()).containsExactly(entry(2025, "0"), entry(2026, "30000"), entry(2027, "120000.50"));
        assertThat(f.totalCosts()).isEqualByComparingTo("190000");
        assertThat(f.totalBenefits()).isEqualByComparingTo("150000.50");
        assertThat(f.totalResult()).isEqualByComparingTo("-39999.50");
        assertThat(f.result().get(2027)).isEqualByComparingTo("110000.50");
        assertThat(f.cumulative().get(2026)).isEqualByComparingTo("-150000");
        assertThat(f.oneOffCosts()).isEqualByComparingTo("170000");
        assertThat(f.recurringCosts()).isEqualByComparingTo("20000");
        assertThat(f.costsByCategory().get(MoneyCategory.IT)).isEqualByComparingTo("40000");
        assertThat(f.budget().get(2027)).isEqualByComparingTo("5000");
        assertThat(f.npv()).isEqualTo(new BigDecimal("-56363.22"));
        assertThat(f.fteInzet().get(2025)).isEqualByComparingTo("2.0");
        assertThat(f.fteReleased().get(2027)).isEqualByComparingTo("2");
    }

    @Test
    void noDiscountMeansTheNetPresentValueIsTheTotalResult() {
        MoneyFigures f = MoneyFigures.of(2025, 2026, BigDecimal.ZERO,
                List.of(line(2025, MoneyFlow.COST, MoneyCategory.IT, Recurrence.ONE_OFF, "0.10"),
                        line(2026, MoneyFlow.COST, MoneyCategory.IT, Recurrence.ONE_OFF, "0.20")), List.of());
        // 0.1 + 0.2 in BigDecimal is exactly 0.3, never 0.30000000000000004
        assertThat(f.totalCosts()).isEqualTo(new BigDecimal("0.30"));
        assertThat(f.npv()).isEqualTo(new BigDecimal("-0.30"));
    }

    @Test
    void aBudgetExceededByMoreThanTenPercentIsAWarning() {
        Scenario s = scenario(List.of(
                line(2025, MoneyFlow.COST, MoneyCategory.IT, Recurrence.ONE_OFF, "111000"),
                line(2025, MoneyFlow.BUDGET, MoneyCategory.OTHER, Recurrence.ONE_OFF, "100000"),
                line(2026, MoneyFlow.COST, MoneyCategory.IT, Recurrence.ONE_OFF, "110000"),
                line(2026, MoneyFlow.BUDGET, MoneyCategory.OTHER, Recurrence.ONE_OFF, "100000")));
        List<Warning> warnings = Warning.of(s, Timeline.of(List.of(), java.util.Map.of(), java.util.Map.of(), java.util.Set.of()),
                MoneyFigures.of(s));
        assertThat(warnings).extracting(Warning::messageKey).containsExactly("scenario.warning.budget");
        assertThat(warnings.getFirst().arguments()).containsExactly("2025", "€ 111.000", "€ 100.000", "11,0");
    }

    static Scenario scenario(List<MoneyLine> money) {
        return new Scenario("SC-T", "VS-01", null, "t", "", "", "", java.util.Set.of(), "", "", "", "", "", 2025, 2026,
                BigDecimal.ZERO, List.of(), List.of(), money, List.of(), List.of(), java.time.Instant.EPOCH, "t", 0);
    }

    private static java.util.Map.Entry<Integer, BigDecimal> entry(int year, String amount) {
        return java.util.Map.entry(year, new BigDecimal(amount));
    }
}
