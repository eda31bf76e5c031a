package nl.tafelwerk.scenarios;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scenario's charts, drawn as SVG on the server (no chart component, nothing paid): costs and
 * benefits per year with the result, and a Gantt-like timeline per quarter with dependency arrows.
 * Colour is never the only signal: bars carry patterns/labels and every chart has a text alternative.
 */
public final class ScenarioCharts {

    private static final String COST = "#b3261e";
    private static final String BENEFIT = "#1b6e3a";
    private static final String RESULT = "#1a3d7c";
    private static final String BAR = "#5b7fb8";
    private static final String CRITICAL = "#1a3d7c";
    private static final String VIOLATION = "#b3261e";

    /** The texts of a chart, in the user's language. */
    public record Labels(String title, String costs, String benefits, String result) {
    }

    private ScenarioCharts() {
    }

    public static String money(MoneyFigures f, Labels labels) {
        int years = f.years().size();
        int left = 70;
        int top = 36;
        int plotHeight = 200;
        int slot = Math.max(48, Math.min(110, 640 / Math.max(1, years)));
        int width = left + slot * years + 20;
        int height = top + plotHeight + 40;
        BigDecimal max = BigDecimal.ONE;
        BigDecimal min = BigDecimal.ZERO;
        for (int y : f.years()) {
            max = max.max(f.costs().get(y)).max(f.benefits().get(y)).max(f.result().get(y));
            min = min.min(f.result().get(y));
        }
        double span = max.subtract(min).doubleValue();
        double zero = top + plotHeight * max.doubleValue() / span;
        StringBuilder svg = open(width, height, labels.title());
        svg.append(line(left, zero, width - 10, zero, "#666", 1, null));
        for (int step = 0; step <= 4; step++) {
            double value = min.doubleValue() + span * step / 4;
            double y = zero - plotHeight * value / span;
            svg.append(line(left - 4, y, width - 10, y, "#ddd", 1, null));
            svg.append(text(left - 6, y + 4, "end", 11, "#333", Euros.millions(BigDecimal.valueOf(value))));
        }
        legend(svg, left, 16, List.of(labels.costs(), labels.benefits(), labels.result()), List.of(COST, BENEFIT, RESULT));
        StringBuilder resultPath = new StringBuilder();
        int i = 0;
        for (int y : f.years()) {
            double x = left + i * slot + slot * 0.15;
            double barWidth = slot * 0.33;
            double cost = plotHeight * f.costs().get(y).doubleValue() / span;
            double benefit = plotHeight * f.benefits().get(y).doubleValue() / span;
            svg.append(rect(x, zero - cost, barWidth, cost, COST, null, Euros.format(f.costs().get(y))));
            svg.append(rect(x + barWidth, zero - benefit, barWidth, benefit, BENEFIT, null, Euros.format(f.benefits().get(y))));
            double ry = zero - plotHeight * f.result().get(y).doubleValue() / span;
            double cx = x + barWidth;
            resultPath.append(i == 0 ? "M" : " L").append(fmt(cx)).append(' ').append(fmt(ry));
            svg.append("<circle cx=\"").append(fmt(cx)).append("\" cy=\"").append(fmt(ry)).append("\" r=\"4\" fill=\"")
                    .append(RESULT).append("\"><title>").append(esc(labels.result() + " " + y + ": " + Euros.format(f.result().get(y))))
                    .append("</title></circle>");
            svg.append(text(cx, top + plotHeight + 28, "middle", 12, "#222", String.valueOf(y)));
            i++;
        }
        if (!resultPath.isEmpty()) {
            svg.append("<path d=\"").append(resultPath).append("\" fill=\"none\" stroke=\"").append(RESULT)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>");
        }
        return svg.append("</svg>").toString();
    }

    public static String timeline(Timeline t, String title) {
        if (t.start() == null || t.end() == null) {
            return open(300, 40, title).append(text(10, 24, "start", 12, "#333", "—")).append("</svg>").toString();
        }
        int quarters = Math.min(80, t.start().quartersUntil(t.end()));
        int left = 130;
        int top = 40;
        int row = 26;
        int col = Math.max(22, Math.min(60, 760 / Math.max(1, quarters)));
        int width = left + col * quarters + 20;
        int height = top + row * t.bars().size() + 16;
        StringBuilder svg = open(width, height, title);
        svg.append("<defs><marker id=\"tw-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                + "orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"#444\"/></marker>"
                + "<marker id=\"tw-arrow-bad\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                + "orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"" + VIOLATION + "\"/></marker></defs>");
        for (int q = 0; q <= quarters; q++) {
            Quarter quarter = t.start().plus(q);
            double x = left + q * col;
            svg.append(line(x, top - 6, x, height - 10, quarter.quarter() == 1 ? "#999" : "#e3e3e3", 1, null));
            if (q < quarters && (quarter.quarter() == 1 || q == 0)) {
                svg.append(text(x + 3, top - 22, "start", 12, "#222", String.valueOf(quarter.year())));
            }
            if (q < quarters && col >= 30) {
                svg.append(text(x + col / 2.0, top - 8, "middle", 10, "#555", "Q" + quarter.quarter()));
            }
        }
        Map<String, Integer> rowOf = new HashMap<>();
        Set<String> critical = new HashSet<>(t.criticalPath());
        Set<String> violating = new HashSet<>();
        t.violations().forEach(v -> violating.add(v.code()));
        int r = 0;
        for (Timeline.Bar bar : t.bars()) {
            rowOf.put(bar.code(), r);
            double y = top + r * row + 4;
            double x = left + Math.max(0, t.start().quartersUntil(bar.start())) * col;
            double w = Math.max(4, bar.quarters() * col - 2);
            svg.append(text(left - 8, y + 14, "end", 12, critical.contains(bar.code()) ? CRITICAL : "#222", bar.code(),
                    critical.contains(bar.code())));
            String stroke = violating.contains(bar.code()) ? VIOLATION : critical.contains(bar.code()) ? CRITICAL : null;
            svg.append(rect(x + 1, y, w, row - 8, critical.contains(bar.code()) ? CRITICAL : BAR, stroke,
                    bar.code() + ": " + bar.start() + " – " + bar.end().plus(-1)));
            r++;
        }
        Set<String> badPairs = new HashSet<>();
        t.violations().forEach(v -> badPairs.add(v.code() + ">" + v.needs()));
        for (Timeline.Arrow arrow : t.arrows()) {
            Timeline.Bar from = t.bar(arrow.dependency());
            Timeline.Bar to = t.bar(arrow.dependant());
            if (from == null || to == null) {
                continue;
            }
            boolean bad = badPairs.contains(arrow.dependant() + ">" + arrow.dependency());
            double x1 = left + t.start().quartersUntil(from.end()) * col;
            double y1 = top + rowOf.get(from.code()) * row + row / 2.0;
            double x2 = left + t.start().quartersUntil(to.start()) * col + 1;
            double y2 = top + rowOf.get(to.code()) * row + row / 2.0;
            double bend = Math.max(x1, x2) + 6;
            svg.append("<path d=\"M").append(fmt(x1)).append(' ').append(fmt(y1)).append(" C").append(fmt(bend)).append(' ')
                    .append(fmt(y1)).append(' ').append(fmt(x2 - 12)).append(' ').append(fmt(y2)).append(' ').append(fmt(x2))
                    .append(' ').append(fmt(y2)).append("\" fill=\"none\" stroke=\"").append(bad ? VIOLATION : "#444")
                    .append("\" stroke-width=\"").append(bad ? "2" : "1.2").append('"')
                    .append(bad ? " stroke-dasharray=\"5 3\" marker-end=\"url(#tw-arrow-bad)\"" : " marker-end=\"url(#tw-arrow)\"")
                    .append("><title>").append(esc(arrow.dependant() + " → " + arrow.dependency())).append("</title></path>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String title) {
        return new StringBuilder(4096).append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tw-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" aria-label=\"").append(esc(title)).append("\"><title>").append(esc(title)).append("</title>");
    }

    private static void legend(StringBuilder svg, int x, int y, List<String> names, List<String> colours) {
        int at = x;
        for (int i = 0; i < names.size(); i++) {
            svg.append(rect(at, y - 10, 12, 12, colours.get(i), null, null));
            svg.append(text(at + 16, y, "start", 12, "#222", names.get(i)));
            at += 24 + names.get(i).length() * 7;
        }
    }

    private static String rect(double x, double y, double w, double h, String fill, String stroke, String title) {
        StringBuilder s = new StringBuilder("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"")
                .append(fmt(Math.max(0, w))).append("\" height=\"").append(fmt(Math.max(0, h))).append("\" fill=\"").append(fill).append('"');
        if (stroke != null) {
            s.append(" stroke=\"").append(stroke).append("\" stroke-width=\"3\"");
        }
        if (title == null) {
            return s.append("/>").toString();
        }
        return s.append("><title>").append(esc(title)).append("</title></rect>").toString();
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2) + "\" stroke=\""
                + colour + "\" stroke-width=\"" + fmt(width) + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String text(double x, double y, String anchor, int size, String colour, String value) {
        return text(x, y, anchor, size, colour, value, false);
    }

    private static String text(double x, double y, String anchor, int size, String colour, String value, boolean bold) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
                + "\" fill=\"" + colour + "\"" + (bold ? " font-weight=\"bold\"" : "") + ">" + esc(value) + "</text>";
    }

    /** One decimal, without String.format (thousands of coordinates per comparison). */
    private static String fmt(double value) {
        long tenths = Math.round(value * 10);
        long whole = tenths / 10;
        long decimal = Math.abs(tenths % 10);
        return (tenths < 0 && whole == 0 ? "-" : "") + whole + "." + decimal;
    }

    static String esc(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
