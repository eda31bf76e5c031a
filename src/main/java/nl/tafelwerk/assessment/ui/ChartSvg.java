package nl.tafelwerk.assessment.ui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import nl.tafelwerk.assessment.analysis.CriterionStatistics;
import nl.tafelwerk.assessment.analysis.RankedItem;
import nl.tafelwerk.assessment.analysis.Spread;
import nl.tafelwerk.assessment.analysis.ValueCount;
import nl.tafelwerk.assessment.analysis.WsjfBreakdown;

/**
 * The charts of a revealed round as plain SVG text, drawn on the server (DD023): no chart component, nothing
 * licensed, nothing run in the browser. Every text is escaped. Each chart is an image for assistive technology
 * ({@code role="img"}) named by its {@code <title>} and described in full by its {@code <desc>}, which holds the
 * same numbers as the picture; colour is never the only cue (values and labels are written out). Sizes are in a
 * {@code viewBox}, so the chart scales with its container, and the type is large enough for a projector.
 */
public final class ChartSvg {

    /** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
    static final String[] PART_COLOURS = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9"};
    static final String[] PART_TEXT = {"#ffffff", "#000000", "#ffffff", "#000000", "#000000"};
    static final String[] PART_KEYS = {"analysis.part.BUSINESS_VALUE", "analysis.part.TIME_CRITICALITY",
            "analysis.part.RISK_REDUCTION", "analysis.part.legal", "analysis.part.dependencies"};

    private static final AtomicLong IDS = new AtomicLong();

    private ChartSvg() {
    }

    /**
     * Bars of how many members gave each value of the scale, with the IQR as a band and the median as a line.
     * Values on the axis are equally spaced (a Fibonacci scale would squash its low end); a median or quartile
     * between two values sits proportionally between their bars.
     */
    public static String distribution(CriterionStatistics stats, String itemLabel, String criterionName,
                                      ChartTexts texts, Locale locale) {
        String id = "tw-chart-" + IDS.incrementAndGet();
        NumberFormat number = number(locale);
        double width = 640;
        double height = 360;
        double left = 24;
        double right = 24;
        double top = 132;
        double bottom = 56;
        double plotWidth = width - left - right;
        double plotHeight = height - top - bottom;
        List<ValueCount> counts = stats.distribution();
        int k = counts.size();
        double slot = plotWidth / k;
        int maxCount = Math.max(1, counts.stream().mapToInt(ValueCount::count).max().orElse(1));

        String title = texts.get("analysis.chart.distribution.title", itemLabel, criterionName);
        String[] summary = summary(stats, texts, number);
        StringBuilder desc = new StringBuilder(String.join(" · ", summary)).append(". ")
                .append(texts.get("analysis.chart.distribution.counts")).append(' ');
        List<String> parts = new ArrayList<>();
        for (ValueCount c : counts) {
            parts.add(texts.get("analysis.chart.distribution.count", c.value(), c.count()));
        }
        desc.append(String.join("; ", parts)).append('.');

        StringBuilder svg = open(id, width, height, title, desc.toString());
        svg.append(text(left, 30, 22, "700", "start", shorten(title, 42)));
        svg.append(text(left, 58, 18, "400", "start", summary[0]));
        if (summary.length > 1) {
            svg.append(text(left, 82, 18, "400", "start", summary[1]));
        }
        double baseline = top + plotHeight;
        if (stats.spread().isPresent()) {
            Spread s = stats.spread().get();
            double q1 = position(counts, s.q1(), left, slot);
            double q3 = position(counts, s.q3(), left, slot);
            double bandWidth = Math.max(4, q3 - q1);
            svg.append("<rect x=\"").append(f(Math.min(q1, q3 - 2))).append("\" y=\"").append(f(top))
                    .append("\" width=\"").append(f(bandWidth)).append("\" height=\"").append(f(plotHeight))
                    .append("\" fill=\"#FDE68A\" stroke=\"#92400E\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        }
        for (int j = 0; j < k; j++) {
            ValueCount c = counts.get(j);
            double centre = left + slot * (j + 0.5);
            double barWidth = Math.min(56, slot * 0.6);
            double barHeight = plotHeight * c.count() / maxCount;
            if (c.count() > 0) {
                svg.append("<rect x=\"").append(f(centre - barWidth / 2)).append("\" y=\"").append(f(baseline - barHeight))
                        .append("\" width=\"").append(f(barWidth)).append("\" height=\"").append(f(barHeight))
                        .append("\" fill=\"#1F4E79\"/>");
            }
            svg.append(text(centre, baseline - barHeight - 6, 18, "700", "middle", String.valueOf(c.count())));
            svg.append(text(centre, baseline + 26, 18, "400", "middle", String.valueOf(c.value())));
        }
        svg.append("<line x1=\"").append(f(left)).append("\" y1=\"").append(f(baseline)).append("\" x2=\"")
                .append(f(width - right)).append("\" y2=\"").append(f(baseline)).append("\" stroke=\"#000\" stroke-width=\"2\"/>");
        svg.append(text(left + plotWidth / 2, height - 6, 16, "400", "middle", texts.get("analysis.chart.distribution.axis")));
        if (stats.spread().isPresent()) {
            Spread s = stats.spread().get();
            double median = position(counts, s.median(), left, slot);
            svg.append("<line x1=\"").append(f(median)).append("\" y1=\"").append(f(top)).append("\" x2=\"")
                    .append(f(median)).append("\" y2=\"").append(f(baseline)).append("\" stroke=\"#B91C1C\" stroke-width=\"4\"/>");
            String label = texts.get("analysis.chart.median", number.format(s.median()));
            String anchor = median < left + 80 ? "start" : median > width - right - 80 ? "end" : "middle";
            svg.append(text(median, top - 24, 16, "700", anchor, label, "#B91C1C"));
        } else {
            svg.append(text(left + plotWidth / 2, top + plotHeight / 2, 20, "400", "middle",
                    texts.get("analysis.chart.noScores")));
        }
        return svg.append("</svg>").toString();
    }

    /** Two lines under the title: the centre and spread, then how many scored and the extremes. */
    private static String[] summary(CriterionStatistics stats, ChartTexts texts, NumberFormat number) {
        if (stats.spread().isEmpty()) {
            return new String[] {texts.get("analysis.chart.summary.none", stats.skipped())};
        }
        Spread s = stats.spread().get();
        return new String[] {
                texts.get("analysis.chart.summary.centre", number.format(s.median()), number.format(s.iqr()),
                        number.format(s.q1()), number.format(s.q3())),
                texts.get("analysis.chart.summary.count", stats.scored(), stats.skipped(), s.min(), s.max())};
    }

    /** Where a value lies on the equally spaced axis: between the centres of the two neighbouring scale values. */
    static double position(List<ValueCount> counts, double value, double left, double slot) {
        int k = counts.size();
        if (value <= counts.getFirst().value()) {
            return left + slot * 0.5;
        }
        for (int j = 0; j + 1 < k; j++) {
            int low = counts.get(j).value();
            int high = counts.get(j + 1).value();
            if (value <= high) {
                double fraction = (value - low) / (double) (high - low);
                return left + slot * (j + 0.5 + fraction);
            }
        }
        return left + slot * (k - 0.5);
    }

    /**
     * One row per ranked item: its cost of delay as a bar stacked from value, urgency, risk reduction, the legal boost
     * and the dependency boost; under it a grey bar for its job size; on the right "÷ job size = WSJF".
     */
    public static String rankingBreakdown(List<RankedItem> ranked, ChartTexts texts, Locale locale) {
        String id = "tw-chart-" + IDS.incrementAndGet();
        NumberFormat number = number(locale);
        double width = 1000;
        double labelWidth = 340;
        double resultWidth = 200;
        double barArea = width - labelWidth - resultWidth - 20;
        double rowHeight = 64;
        double top = 124;
        double height = top + Math.max(1, ranked.size()) * rowHeight + 16;
        double maxCod = ranked.stream().mapToDouble(r -> r.breakdown().costOfDelay()).max().orElse(1);
        double maxJob = ranked.stream().mapToDouble(r -> r.breakdown().jobSize()).max().orElse(1);
        maxCod = maxCod <= 0 ? 1 : maxCod;
        maxJob = maxJob <= 0 ? 1 : maxJob;

        String title = texts.get("analysis.chart.ranking.title");
        StringBuilder desc = new StringBuilder();
        for (RankedItem r : ranked) {
            WsjfBreakdown b = r.breakdown();
            desc.append(texts.get("analysis.chart.ranking.row", r.position(), r.item().code(), r.item().title(),
                    number.format(b.wsjf()), number.format(b.costOfDelay()), number.format(b.businessValue()),
                    number.format(b.timeCriticality()), number.format(b.riskReduction()), number.format(b.legalBoost()),
                    number.format(b.dependencyBoost()), number.format(b.jobSize()))).append(' ');
        }
        if (ranked.isEmpty()) {
            desc.append(texts.get("analysis.chart.ranking.empty"));
        }
        StringBuilder svg = open(id, width, height, title, desc.toString().strip());
        svg.append(text(16, 30, 22, "700", "start", title));
        // the legend: parts, then job size; wraps to a second line when the next entry would not fit
        double x = 16;
        double legendY = 48;
        for (int p = 0; p <= PART_KEYS.length; p++) {
            String label = texts.get(p < PART_KEYS.length ? PART_KEYS[p] : "analysis.part.JOB_SIZE");
            double entry = 24 + label.length() * 9.2 + 24;
            if (x + entry > width - 16) {
                x = 16;
                legendY += 28;
            }
            if (p < PART_KEYS.length) {
                svg.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(legendY)).append("\" width=\"18\" height=\"18\" fill=\"")
                        .append(PART_COLOURS[p]).append("\" stroke=\"#000\"/>");
            } else {
                svg.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(legendY + 6))
                        .append("\" width=\"18\" height=\"8\" fill=\"#6B7280\"/>");
            }
            svg.append(text(x + 24, legendY + 15, 16, "400", "start", label));
            x += entry;
        }
        if (ranked.isEmpty()) {
            svg.append(text(16, top + 30, 18, "400", "start", texts.get("analysis.chart.ranking.empty")));
        }
        for (int row = 0; row < ranked.size(); row++) {
            RankedItem r = ranked.get(row);
            WsjfBreakdown b = r.breakdown();
            double y = top + row * rowHeight;
            String label = r.position() + ". " + r.item().code() + " " + r.item().title();
            svg.append("<g><title>").append(escape(r.position() + ". " + r.item().code() + " " + r.item().title()))
                    .append("</title>");
            svg.append(text(16, y + 26, 17, "700", "start", shorten(label, 30)));
            svg.append("</g>");
            double[] values = {b.businessValue(), b.timeCriticality(), b.riskReduction(), b.legalBoost(), b.dependencyBoost()};
            double bx = labelWidth;
            for (int p = 0; p < values.length; p++) {
                double w = barArea * values[p] / maxCod;
                if (w <= 0) {
                    continue;
                }
                svg.append("<rect x=\"").append(f(bx)).append("\" y=\"").append(f(y + 4)).append("\" width=\"")
                        .append(f(w)).append("\" height=\"30\" fill=\"").append(PART_COLOURS[p])
                        .append("\" stroke=\"#fff\" stroke-width=\"1\"><title>")
                        .append(escape(texts.get(PART_KEYS[p]) + ": " + number.format(values[p]))).append("</title></rect>");
                String value = number.format(values[p]);
                if (w >= value.length() * 10 + 8) {
                    svg.append(text(bx + w / 2, y + 25, 16, "700", "middle", value, PART_TEXT[p]));
                }
                bx += w;
            }
            double jw = barArea * b.jobSize() / maxJob;
            svg.append("<rect x=\"").append(f(labelWidth)).append("\" y=\"").append(f(y + 40)).append("\" width=\"")
                    .append(f(Math.max(2, jw))).append("\" height=\"10\" fill=\"#6B7280\"><title>")
                    .append(escape(texts.get("analysis.part.JOB_SIZE") + ": " + number.format(b.jobSize())))
                    .append("</title></rect>");
            double rx = width - resultWidth;
            svg.append(text(rx, y + 24, 18, "700", "start", texts.get("analysis.chart.ranking.wsjf", number.format(b.wsjf()))));
            svg.append(text(rx, y + 48, 15, "400", "start", texts.get("analysis.chart.ranking.fraction",
                    number.format(b.costOfDelay()), number.format(b.jobSize()))));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, double width, double height, String title, String desc) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tw-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(f(width)).append(' ').append(f(height)).append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\"")
                .append(" aria-labelledby=\"").append(id).append("-title\" aria-describedby=\"").append(id).append("-desc\"")
                .append(" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(desc)).append("</desc>");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        return svg;
    }

    private static String text(double x, double y, int size, String weight, String anchor, String content) {
        return text(x, y, size, weight, anchor, content, "#000");
    }

    private static String text(double x, double y, int size, String weight, String anchor, String content, String fill) {
        return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" font-size=\"" + size + "\" font-weight=\"" + weight
                + "\" text-anchor=\"" + anchor + "\" fill=\"" + fill + "\" aria-hidden=\"true\">" + escape(content) + "</text>";
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }

    /** Text for SVG/XML content and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // XML 1.0 forbids most control characters even escaped; they carry nothing a chart needs.
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    static NumberFormat number(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance("en".equals(locale.getLanguage()) ? Locale.ENGLISH
                : Locale.of("nl", "NL"));
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(0);
        return format;
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
