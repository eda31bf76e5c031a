package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.tafelwerk.assessment.RoundResults;
import nl.tafelwerk.assessment.ScoredCriterion;
import nl.tafelwerk.assessment.analysis.Agreement;
import nl.tafelwerk.assessment.analysis.CriterionStatistics;
import nl.tafelwerk.assessment.analysis.DisagreementItem;
import nl.tafelwerk.assessment.analysis.RankedItem;
import nl.tafelwerk.assessment.analysis.RoundAnalysis;
import nl.tafelwerk.assessment.analysis.SectorRanking;
import nl.tafelwerk.shared.Texts;

/** The reveal's statistics in the views' words, from the analysis library (DD022) on a revealed round. */
final class RoundRevealStatistics {

    private final RoundAnalysis analysis;
    private final Locale locale;

    private RoundRevealStatistics(RoundAnalysis analysis, Locale locale) {
        this.analysis = analysis;
        this.locale = locale;
    }

    static RoundRevealStatistics of(RoundAnalysis analysis, Locale locale) {
        return new RoundRevealStatistics(analysis, locale);
    }

    RoundAnalysis analysis() {
        return analysis;
    }

    boolean hasAgreement() {
        return analysis.agreement().isPresent();
    }

    String kendallText() {
        return analysis.agreement().map(a -> number(a.w(), 2)).orElse("–");
    }

    String kendallMeaningKey() {
        return analysis.agreement().map(Agreement::level).map(l -> l.messageKey()).orElse("round.kendall.unknown");
    }

    /** Item keys, most disagreement first. */
    List<String> byDisagreement() {
        return analysis.byDisagreement().stream().map(DisagreementItem::item).map(i -> i.code()).toList();
    }

    /** Per sector, the item keys in that sector's WSJF order (items the sector could not rank left out). */
    Map<String, List<String>> perSectorRanking() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (SectorRanking sector : analysis.sectorRankings()) {
            out.put(sector.sector(), sector.ranking().ranked().stream().map(RankedItem::item).map(i -> i.code()).toList());
        }
        return out;
    }

    String summaryText(String itemKey, ScoredCriterion criterion) {
        CriterionStatistics stats = analysis.statistics(itemKey, criterion.code());
        return stats.spread().map(s -> Texts.get(locale, "round.results.spread", number(s.median(), 1), s.min(), s.max(),
                number(s.iqr(), 1), stats.scored())).orElse(Texts.get(locale, "round.results.noScores"));
    }

    Component summary(String itemKey, ScoredCriterion criterion) {
        Span span = new Span(summaryText(itemKey, criterion));
        span.addClassName("tw-round-spread");
        return span;
    }

    /** The distribution as the analysis library's server-side SVG chart (bars per scale value, IQR band, median). */
    Component chart(String itemKey, ScoredCriterion criterion) {
        String label = analysis.round().items().stream().filter(i -> i.code().equals(itemKey)).map(i -> i.title())
                .findFirst().orElse(itemKey);
        return new DistributionChart(analysis.statistics(itemKey, criterion.code()), label, criterion.name());
    }

    String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    static RoundRevealStatistics of(RoundResults results, nl.tafelwerk.assessment.RoundService service, Locale locale) {
        return of(service.analysis(results), locale);
    }
}
