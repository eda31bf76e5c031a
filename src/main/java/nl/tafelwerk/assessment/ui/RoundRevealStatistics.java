package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tafelwerk.assessment.RoundResults;
import nl.tafelwerk.assessment.ScoredCriterion;

/** The reveal's statistics for the views, computed by the analysis library from a round's results. */
final class RoundRevealStatistics {

    private final RoundResults results;

    private RoundRevealStatistics(RoundResults results) {
        this.results = results;
    }

    static RoundRevealStatistics of(RoundResults results) {
        return new RoundRevealStatistics(results);
    }

    String kendallText() {
        return "–";
    }

    String kendallMeaningKey() {
        return "round.kendall.unknown";
    }

    List<String> byDisagreement() {
        return results.round().items().stream().map(i -> i.key()).toList();
    }

    Map<String, List<String>> perSectorRanking() {
        return new LinkedHashMap<>();
    }

    Component summary(Component owner, String itemKey, ScoredCriterion criterion) {
        List<Integer> values = new ArrayList<>(results.values(itemKey, criterion.code()));
        values.sort(Comparator.naturalOrder());
        return new Span(values.toString());
    }

    String summaryText(String itemKey, ScoredCriterion criterion) {
        return results.values(itemKey, criterion.code()).toString();
    }

    Component chart(String itemKey, ScoredCriterion criterion) {
        return new Div();
    }
}
