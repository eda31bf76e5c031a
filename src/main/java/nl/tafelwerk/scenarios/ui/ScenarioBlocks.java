package nl.tafelwerk.scenarios.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.tafelwerk.scenarios.MoneyCategory;
import nl.tafelwerk.scenarios.MoneyFigures;
import nl.tafelwerk.scenarios.RiskLevel;
import nl.tafelwerk.scenarios.ScenarioAnalysis;
import nl.tafelwerk.scenarios.ScenarioCharts;
import nl.tafelwerk.scenarios.Timeline;
import nl.tafelwerk.scenarios.Warning;
import nl.tafelwerk.scenarios.Euros;

/** The read-only pieces of a scenario (figures, charts, signals), shared by the editor and the printable page. */
final class ScenarioBlocks {

    private ScenarioBlocks() {
    }

    /** An SVG drawn on the server; the markup is ours (all text escaped), never user HTML. */
    static Div svg(String markup, String id) {
        Div box = new Div();
        box.addClassName("tw-chart-box");
        box.setId(id);
        box.getElement().setProperty("innerHTML", markup);
        return box;
    }

    static Div moneyChart(MoneyFigures f, Function<String, String> t, String id) {
        return svg(ScenarioCharts.money(f, new ScenarioCharts.Labels(t.apply("scenario.money.chart"), t.apply("scenario.money.costs"),
                t.apply("scenario.money.benefits"), t.apply("scenario.money.result"))), id);
    }

    static Div timelineChart(Timeline timeline, Function<String, String> t, String id) {
        return svg(ScenarioCharts.timeline(timeline, t.apply("scenario.timeline.chart")), id);
    }

    /** Years across, costs/benefits/budget/result/cumulative/FTE down; totals at the end. */
    static Component moneyTable(MoneyFigures f, Function<String, String> t, BiFunction<String, Object[], String> tArgs) {
        Div table = new Div();
        table.addClassName("tw-table-scroll");
        StringBuilder html = new StringBuilder("<table class=\"tw-figures\"><thead><tr><th scope=\"col\">")
                .append(esc(t.apply("scenario.money.year"))).append("</th>");
        f.years().forEach(y -> html.append("<th scope=\"col\">").append(y).append("</th>"));
        html.append("<th scope=\"col\">").append(esc(t.apply("scenario.money.total"))).append("</th></tr></thead><tbody>");
        moneyRow(html, t.apply("scenario.money.costs"), f, f.costs(), f.totalCosts());
        moneyRow(html, t.apply("scenario.money.benefits"), f, f.benefits(), f.totalBenefits());
        if (f.budget().values().stream().anyMatch(b -> b.signum() != 0)) {
            moneyRow(html, t.apply("scenario.money.budget"), f, f.budget(), f.budget().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        moneyRow(html, t.apply("scenario.money.result"), f, f.result(), f.totalResult());
        moneyRow(html, t.apply("scenario.money.cumulative"), f, f.cumulative(), null);
        fteRow(html, t.apply("scenario.fte.kind.INZET"), f, f.fteInzet());
        fteRow(html, t.apply("scenario.fte.kind.VRIJGESPEELD"), f, f.fteReleased());
        html.append("</tbody></table>");
        table.getElement().setProperty("innerHTML", html.toString());
        Div box = new Div(table);
        Paragraph npv = new Paragraph(tArgs.apply("scenario.money.npv", new Object[] {f.discountRate().stripTrailingZeros()
                .toPlainString().replace('.', ',')}) + ": " + Euros.format(f.npv()));
        npv.setId("scenario-npv");
        npv.addClassName("tw-npv");
        StringBuilder categories = new StringBuilder(t.apply("scenario.money.byCategory")).append(": ");
        for (MoneyCategory c : MoneyCategory.values()) {
            BigDecimal amount = f.costsByCategory().get(c);
            if (amount != null) {
                categories.append(t.apply(c.messageKey())).append(' ').append(Euros.format(amount)).append(" (")
                        .append(f.share(c).toPlainString().replace('.', ',')).append(" %) · ");
            }
        }
        categories.append(t.apply("scenario.money.oneOff")).append(' ').append(Euros.format(f.oneOffCosts())).append(" · ")
                .append(t.apply("scenario.money.recurring")).append(' ').append(Euros.format(f.recurringCosts()));
        box.add(npv, new Paragraph(categories.toString()));
        return box;
    }

    private static void moneyRow(StringBuilder html, String label, MoneyFigures f, java.util.Map<Integer, BigDecimal> perYear,
                                 BigDecimal total) {
        html.append("<tr><th scope=\"row\">").append(esc(label)).append("</th>");
        f.years().forEach(y -> html.append(cell(perYear.get(y))));
        html.append(total == null ? "<td></td>" : cell(total)).append("</tr>");
    }

    private static void fteRow(StringBuilder html, String label, MoneyFigures f, java.util.Map<Integer, BigDecimal> perYear) {
        if (perYear.values().stream().allMatch(v -> v.signum() == 0)) {
            return;
        }
        html.append("<tr><th scope=\"row\">FTE ").append(esc(label.toLowerCase(java.util.Locale.ROOT))).append("</th>");
        f.years().forEach(y -> html.append("<td>").append(perYear.get(y).stripTrailingZeros().toPlainString().replace('.', ','))
                .append("</td>"));
        html.append("<td></td></tr>");
    }

    private static String cell(BigDecimal amount) {
        return "<td class=\"" + (amount.signum() < 0 ? "tw-negative" : "") + "\">" + esc(Euros.format(amount)) + "</td>";
    }

    /** The crossed thresholds, each with its area and who signals it. */
    static Component warnings(List<Warning> warnings, Function<String, String> t, BiFunction<String, Object[], String> tArgs) {
        Div box = new Div();
        box.setId("scenario-warnings");
        box.addClassName("tw-warnings");
        if (warnings.isEmpty()) {
            Span none = new Span(t.apply("scenario.warnings.none"));
            none.addClassName("tw-muted");
            box.add(none);
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (Warning w : warnings) {
            ListItem item = new ListItem();
            Span area = new Span("⚠ " + t.apply(w.area().messageKey()) + ": ");
            area.addClassName("tw-warning-area");
            item.add(area, new Span(tArgs.apply(w.messageKey(), w.arguments().toArray())));
            item.addClassName("tw-warning");
            list.add(item);
        }
        box.add(list);
        return box;
    }

    /** End date, critical path, violations, what is needed from outside, unknown lead times. */
    static Component timelineFacts(ScenarioAnalysis a, Function<String, String> t, BiFunction<String, Object[], String> tArgs) {
        Div box = new Div();
        box.setId("scenario-timeline-facts");
        Timeline tl = a.timeline();
        if (tl.bars().isEmpty()) {
            box.add(new Paragraph(t.apply("scenario.timeline.none")));
            return box;
        }
        Paragraph end = new Paragraph(t.apply("scenario.timeline.end") + ": " + tArgs.apply("scenario.timeline.endValue",
                new Object[] {String.valueOf(tl.lastQuarter())}));
        end.setId("scenario-end");
        Paragraph path = new Paragraph(t.apply("scenario.timeline.criticalPath") + ": " + String.join(" → ", tl.criticalPath()));
        path.setId("scenario-critical-path");
        box.add(end, path);
        if (!tl.violations().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("scenario-violations");
            tl.violations().forEach(v -> list.add(new ListItem(tArgs.apply("scenario.timeline.violation",
                    new Object[] {v.code(), v.start().toString(), v.needs(), v.needsReady().toString()}))));
            Span head = new Span(t.apply("scenario.timeline.violations"));
            head.addClassName("tw-warning-area");
            box.add(head, list);
        }
        if (!tl.outside().isEmpty()) {
            box.add(new Paragraph(t.apply("scenario.timeline.outside") + ": " + String.join(", ",
                    tl.outside().stream().map(o -> o.dependant() + " → " + o.dependency()).toList())));
        }
        if (!tl.unknownLeadTimes().isEmpty()) {
            Paragraph unknown = new Paragraph(tArgs.apply("scenario.timeline.unknownLeadTimes",
                    new Object[] {String.join(", ", tl.unknownLeadTimes())}));
            unknown.addClassName("tw-muted");
            box.add(unknown);
        }
        return box;
    }

    static String profile(ScenarioAnalysis a, BiFunction<String, Object[], String> tArgs) {
        var p = a.riskProfile();
        return tArgs.apply("scenario.risk.profileValue", new Object[] {p.get(RiskLevel.H), p.get(RiskLevel.M), p.get(RiskLevel.L)});
    }

    static String esc(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
