package nl.tafelwerk.scenarios;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The money of a scenario worked out: per year the costs, benefits, budget and result (benefits
 * minus costs) with the cumulative result, the totals, costs per category and per party, FTE per year,
 * and the net present value of the yearly results at the scenario's discount rate, discounted to its
 * first year. All in {@link BigDecimal} euros; only the NPV is rounded (to cents, half even).
 */
public record MoneyFigures(List<Integer> years, Map<Integer, BigDecimal> costs, Map<Integer, BigDecimal> benefits,
                           Map<Integer, BigDecimal> budget, Map<Integer, BigDecimal> result,
                           Map<Integer, BigDecimal> cumulative, BigDecimal totalCosts, BigDecimal totalBenefits,
                           BigDecimal totalResult, BigDecimal oneOffCosts, BigDecimal recurringCosts,
                           Map<MoneyCategory, BigDecimal> costsByCategory, Map<String, BigDecimal> costsByParty,
                           Map<String, BigDecimal> benefitsByParty, Map<Integer, BigDecimal> fteInzet,
                           Map<Integer, BigDecimal> fteReleased, BigDecimal discountRate, BigDecimal npv) {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    public static MoneyFigures of(Scenario s) {
        return of(s.firstYear(), s.lastYear(), s.discountRate(), s.money(), s.fte());
    }

    public static MoneyFigures of(int firstYear, int lastYear, BigDecimal discountRatePercent, List<MoneyLine> money,
                                  List<FteLine> fte) {
        List<Integer> years = new ArrayList<>();
        for (int y = firstYear; y <= lastYear; y++) {
            years.add(y);
        }
        Map<Integer, BigDecimal> costs = zeros(years);
        Map<Integer, BigDecimal> benefits = zeros(years);
        Map<Integer, BigDecimal> budget = zeros(years);
        Map<MoneyCategory, BigDecimal> byCategory = new EnumMap<>(MoneyCategory.class);
        Map<String, BigDecimal> costsByParty = new TreeMap<>();
        Map<String, BigDecimal> benefitsByParty = new TreeMap<>();
        BigDecimal oneOff = BigDecimal.ZERO;
        BigDecimal recurring = BigDecimal.ZERO;
        for (MoneyLine line : money) {
            int until = line.recurrence() == Recurrence.RECURRING ? lastYear : line.year();
            for (int y = Math.max(line.year(), firstYear); y <= Math.min(until, lastYear); y++) {
                BigDecimal amount = line.amount();
                switch (line.flow()) {
                    case COST -> {
                        costs.merge(y, amount, BigDecimal::add);
                        byCategory.merge(line.category(), amount, BigDecimal::add);
                        costsByParty.merge(line.party(), amount, BigDecimal::add);
                        if (line.recurrence() == Recurrence.RECURRING) {
                            recurring = recurring.add(amount);
                        } else {
                            oneOff = oneOff.add(amount);
                        }
                    }
                    case BENEFIT -> {
                        benefits.merge(y, amount, BigDecimal::add);
                        benefitsByParty.merge(line.party(), amount, BigDecimal::add);
                    }
                    case BUDGET -> budget.merge(y, amount, BigDecimal::add);
                }
            }
        }
        Map<Integer, BigDecimal> result = new TreeMap<>();
        Map<Integer, BigDecimal> cumulative = new TreeMap<>();
        BigDecimal running = BigDecimal.ZERO;
        BigDecimal npv = BigDecimal.ZERO;
        BigDecimal factor = BigDecimal.ONE.add(discountRatePercent.movePointLeft(2));
        BigDecimal discount = BigDecimal.ONE;
        for (int y : years) {
            BigDecimal r = benefits.get(y).subtract(costs.get(y));
            result.put(y, r);
            running = running.add(r);
            cumulative.put(y, running);
            npv = npv.add(r.divide(discount, PRECISION));
            discount = discount.multiply(factor, PRECISION);
        }
        Map<Integer, BigDecimal> inzet = zeros(years);
        Map<Integer, BigDecimal> released = zeros(years);
        for (FteLine line : fte) {
            if (inzet.containsKey(line.year())) {
                (line.kind() == FteKind.INZET ? inzet : released).merge(line.year(), line.fte(), BigDecimal::add);
            }
        }
        BigDecimal totalCosts = sum(costs);
        BigDecimal totalBenefits = sum(benefits);
        return new MoneyFigures(List.copyOf(years), unmodifiable(costs), unmodifiable(benefits), unmodifiable(budget),
                unmodifiable(result), unmodifiable(cumulative), totalCosts, totalBenefits, totalBenefits.subtract(totalCosts),
                oneOff, recurring, Collections.unmodifiableMap(byCategory), Collections.unmodifiableMap(costsByParty),
                Collections.unmodifiableMap(benefitsByParty), unmodifiable(inzet), unmodifiable(released),
                discountRatePercent, npv.setScale(2, RoundingMode.HALF_EVEN));
    }

    /** The share of a category in the total costs, in percent with one decimal (as 004 prints it). */
    public BigDecimal share(MoneyCategory category) {
        if (totalCosts.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return costsByCategory.getOrDefault(category, BigDecimal.ZERO).movePointRight(2)
                .divide(totalCosts, 1, RoundingMode.HALF_UP);
    }

    private static Map<Integer, BigDecimal> zeros(List<Integer> years) {
        Map<Integer, BigDecimal> map = new TreeMap<>();
        years.forEach(y -> map.put(y, BigDecimal.ZERO));
        return map;
    }

    private static BigDecimal sum(Map<Integer, BigDecimal> perYear) {
        return perYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static <K> Map<K, BigDecimal> unmodifiable(Map<K, BigDecimal> map) {
        return Collections.unmodifiableMap(map);
    }
}
