package nl.tafelwerk.scenarios.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.tafelwerk.scenarios.Comparison;
import nl.tafelwerk.scenarios.Euros;
import nl.tafelwerk.scenarios.Preference;
import nl.tafelwerk.scenarios.Quarter;
import nl.tafelwerk.scenarios.ScenarioAnalysis;

/**
 * The comparison as one HTML table, scenarios across and the four parameters down, with what differs
 * marked (a class and a symbol, not colour alone). Used on screen, on the projector and in print.
 */
final class ComparisonTable {

    private ComparisonTable() {
    }

    static String html(Comparison c, Function<String, String> t, BiFunction<String, Object[], String> tArgs) {
        List<ScenarioAnalysis> all = c.scenarios();
        String baseCode = all.getFirst().scenario().code();
        StringBuilder h = new StringBuilder("<table class=\"tw-compare\" id=\"comparison-table\"><thead><tr><th scope=\"col\">")
                .append(esc(t.apply("scenario.compare.parameter"))).append("</th>");
        for (ScenarioAnalysis a : all) {
            boolean preferred = c.preferences().stream().anyMatch(p -> p.byChair() && p.scenarioCode().equals(a.scenario().code()));
            h.append("<th scope=\"col\"").append(preferred ? " class=\"tw-preferred\"" : "").append('>')
                    .append(esc(a.scenario().label()));
            if (preferred) {
                h.append("<br><span class=\"tw-preferred-mark\">★ ").append(esc(t.apply("scenario.preference.chair"))).append("</span>");
            }
            h.append("</th>");
        }
        h.append("</tr></thead><tbody>");
        group(h, t.apply("scenario.section.inhoud"), all.size());
        row(h, t.apply("scenario.field.summary"), all.stream().map(a -> a.scenario().summary()).toList(), false);
        row(h, t.apply("scenario.field.delivered"), all.stream().map(a -> a.scenario().delivered()).toList(), false);
        row(h, t.apply("scenario.field.forSectors"), all.stream().map(a -> String.join(", ", new java.util.TreeSet<>(a.scenario().forSectors()))).toList(), true);
        group(h, t.apply("scenario.section.tijd"), all.size());
        row(h, t.apply("scenario.timeline.end"), all.stream().map(a -> a.timeline().lastQuarter() == null ? "—"
                : a.timeline().lastQuarter().toString()).toList(), true);
        row(h, tArgs.apply("scenario.compare.endDelta", new Object[] {baseCode}), c.endDeltaQuarters().stream()
                .map(d -> d == null ? "—" : d < 0 ? tArgs.apply("scenario.compare.quartersEarlier", new Object[] {-d})
                        : tArgs.apply("scenario.compare.quarters", new Object[] {d})).toList(), true);
        row(h, t.apply("scenario.timeline.criticalPath"), all.stream().map(a -> String.join(" → ", a.timeline().criticalPath())).toList(), true);
        row(h, t.apply("scenario.timeline.violations"), all.stream().map(a -> String.valueOf(a.timeline().violations().size())).toList(), true);
        h.append("<tr><th scope=\"row\" colspan=\"").append(all.size() + 1).append("\" class=\"tw-subgroup\">")
                .append(esc(t.apply("scenario.compare.bouwstenen"))).append("</th></tr>");
        for (Comparison.BouwsteenRow b : c.bouwstenen()) {
            h.append("<tr").append(b.differs() ? " class=\"tw-differs\"" : "").append("><th scope=\"row\">")
                    .append(b.differs() ? "≠ " : "").append(esc(b.code())).append("</th>");
            for (Quarter q : b.starts()) {
                h.append("<td").append(q == null ? " class=\"tw-absent\"" : "").append('>')
                        .append(q == null ? esc(t.apply("scenario.compare.absent")) : q.toString()).append("</td>");
            }
            h.append("</tr>");
        }
        group(h, t.apply("scenario.section.geld"), all.size());
        row(h, t.apply("scenario.money.costs"), all.stream().map(a -> Euros.format(a.money().totalCosts())).toList(), true);
        row(h, t.apply("scenario.money.benefits"), all.stream().map(a -> Euros.format(a.money().totalBenefits())).toList(), true);
        row(h, t.apply("scenario.money.result"), all.stream().map(a -> Euros.format(a.money().totalResult())).toList(), true);
        row(h, tArgs.apply("scenario.money.npv", new Object[] {"r"}).replace("(r %)", ""), all.stream()
                .map(a -> Euros.format(a.money().npv()) + " (" + a.money().discountRate().stripTrailingZeros().toPlainString().replace('.', ',')
                        + " %)").toList(), true);
        for (int y = 0; y < c.years().size(); y++) {
            int index = y;
            List<String> cells = all.stream().map(a -> {
                BigDecimal cost = a.money().costs().get(c.years().get(index));
                BigDecimal delta = c.costDeltas().get(all.indexOf(a)).get(index);
                String text = cost == null ? "—" : Euros.format(cost);
                if (delta != null && delta.signum() != 0 && a != all.getFirst()) {
                    text += " (" + (delta.signum() > 0 ? "+" : "") + Euros.format(delta).replace("€ ", "€ ") + ")";
                }
                return text;
            }).toList();
            row(h, t.apply("scenario.money.costs") + " " + c.years().get(y), cells, true);
        }
        group(h, t.apply("scenario.section.risico"), all.size());
        row(h, t.apply("scenario.risk.profile"), all.stream().map(a -> ScenarioBlocks.profile(a, tArgs)).toList(), true);
        row(h, t.apply("scenario.compare.warnings"), all.stream().map(a -> String.valueOf(a.warnings().size())).toList(), true);
        group(h, t.apply("scenario.preference.title"), all.size());
        row(h, t.apply("scenario.preference.sector"), all.stream().map(a -> c.preferences().stream()
                .filter(p -> !p.byChair() && p.scenarioCode().equals(a.scenario().code()))
                .map(p -> p.party() + ": " + p.rationale()).collect(Collectors.joining("; "))).toList(), false);
        h.append("</tbody></table>");
        return h.toString();
    }

    static String preferenceLine(Preference p, Function<String, String> t, BiFunction<String, Object[], String> tArgs,
                                 java.util.Locale locale) {
        return tArgs.apply("scenario.preference.line", new Object[] {p.byChair() ? t.apply("scenario.preference.chair") : p.party(),
                p.scenarioCode(), p.rationale(), p.recordedBy() + ", " + nl.tafelwerk.shared.ui.DateTimes.dateTime(locale, p.recordedAt())});
    }

    private static void group(StringBuilder h, String title, int scenarios) {
        h.append("<tr class=\"tw-group\"><th scope=\"rowgroup\" colspan=\"").append(scenarios + 1).append("\">").append(esc(title))
                .append("</th></tr>");
    }

    private static void row(StringBuilder h, String label, List<String> cells, boolean markDifference) {
        boolean differs = markDifference && cells.stream().distinct().count() > 1;
        h.append("<tr").append(differs ? " class=\"tw-differs\"" : "").append("><th scope=\"row\">").append(differs ? "≠ " : "")
                .append(esc(label)).append("</th>");
        cells.forEach(cell -> h.append("<td>").append(esc(cell)).append("</td>"));
        h.append("</tr>");
    }

    private static String esc(String value) {
        return ScenarioBlocks.esc(value);
    }
}
