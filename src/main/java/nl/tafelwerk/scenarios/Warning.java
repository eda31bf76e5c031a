package nl.tafelwerk.scenarios;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A crossed escalation threshold of 004 (planning: more than one month slip on a milestone; budget:
 * more than 10 % over) or a planning error, as a warning on the scenario. {@code messageKey} and
 * {@code arguments} make its Dutch text; {@code area} says which threshold (and who signals it).
 */
public record Warning(Area area, String messageKey, List<String> arguments) {

    public enum Area {
        PLANNING, BUDGET, INHOUD;

        public String messageKey() {
            return "scenario.warning.area." + name();
        }
    }

    /** 004: "> 10 % overschrijding". */
    public static final BigDecimal BUDGET_TOLERANCE = new BigDecimal("1.10");
    /** 004: "> 1 maand vertraging op kritieke mijlpaal"; a quarter is three months. */
    public static final int SLIP_MONTHS = 1;

    public static List<Warning> of(Scenario scenario, Timeline timeline, MoneyFigures money) {
        List<Warning> warnings = new ArrayList<>();
        for (String gone : timeline.unknownBouwstenen()) {
            warnings.add(new Warning(Area.INHOUD, "scenario.warning.bouwsteenGone", List.of(gone)));
        }
        for (Timeline.Violation v : timeline.violations()) {
            warnings.add(new Warning(Area.PLANNING, "scenario.warning.dependency",
                    List.of(v.code(), v.start().toString(), v.needs(), v.needsReady().toString())));
        }
        for (Milestone m : scenario.milestones()) {
            if (m.baseline() != null && m.baseline().quartersUntil(m.planned()) * 3 > SLIP_MONTHS) {
                warnings.add(new Warning(Area.PLANNING, "scenario.warning.milestoneSlip", List.of(m.name(),
                        m.baseline().toString(), m.planned().toString(), String.valueOf(m.baseline().quartersUntil(m.planned()) * 3))));
            }
            Timeline.Bar bar = m.bouwsteen() == null ? null : timeline.bar(m.bouwsteen());
            if (bar != null && bar.end().compareTo(m.planned().plus(1)) > 0) {
                warnings.add(new Warning(Area.PLANNING, "scenario.warning.milestoneLate",
                        List.of(m.name(), m.planned().toString(), bar.code(), bar.end().plus(-1).toString())));
            }
        }
        for (int year : money.years()) {
            BigDecimal budget = money.budget().get(year);
            BigDecimal costs = money.costs().get(year);
            if (budget.signum() > 0 && costs.compareTo(budget.multiply(BUDGET_TOLERANCE)) > 0) {
                BigDecimal over = costs.subtract(budget).movePointRight(2).divide(budget, 1, RoundingMode.HALF_UP);
                warnings.add(new Warning(Area.BUDGET, "scenario.warning.budget", List.of(String.valueOf(year),
                        Euros.format(costs), Euros.format(budget), over.toPlainString().replace('.', ','))));
            }
        }
        return List.copyOf(warnings);
    }
}
