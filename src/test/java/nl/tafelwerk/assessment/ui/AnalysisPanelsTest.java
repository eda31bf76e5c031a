package nl.tafelwerk.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.assessment.ScoreScale;
import nl.tafelwerk.assessment.WsjfPart;
import nl.tafelwerk.assessment.analysis.AssessedItem;
import nl.tafelwerk.assessment.analysis.Criterion;
import nl.tafelwerk.assessment.analysis.ItemKind;
import nl.tafelwerk.assessment.analysis.Member;
import nl.tafelwerk.assessment.analysis.RankedItem;
import nl.tafelwerk.assessment.analysis.RoundAnalysis;
import nl.tafelwerk.assessment.analysis.RoundScores;
import nl.tafelwerk.assessment.analysis.Score;
import org.junit.jupiter.api.Test;

/** The ranking and what-if panels on synthetic rounds, as the chair uses them (Karibu, no browser). */
class AnalysisPanelsTest extends AbstractUiTest {

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    @Test
    void rankingPanelListsFiltersAndDrawsTheBreakdown() {
        login("voorzitter");
        RoundAnalysis analysis = SampleRound.analysis();
        UI.getCurrent().add(new RankingPanel(analysis.ranking()));

        Grid<RankedItem> grid = grid("ranking-grid");
        assertThat(rows(grid)).extracting(r -> r.item().code()).containsExactlyElementsOf(analysis.ranking().top(99));
        Span count = _get(Span.class, spec -> spec.withId("ranking-count"));
        assertThat(count.getText()).isEqualTo("10 items");

        _setValue(_get(TextField.class, spec -> spec.withId("ranking-search")), "mitz");
        assertThat(rows(grid)).extracting(r -> r.item().code()).containsExactly("MITZ");
        assertThat(count.getText()).isEqualTo("10 items, 9 gefilterd");
        Div chart = _get(Div.class, spec -> spec.withId("ranking-chart"));
        String svg = chart.getElement().getProperty("innerHTML");
        assertThat(svg).contains("role=\"img\"").contains("MITZ").doesNotContain("VS-01");

        _setValue(_get(TextField.class, spec -> spec.withId("ranking-search")), "");
        @SuppressWarnings("unchecked")
        Select<ItemKind> kind = _get(Select.class, spec -> spec.withId("ranking-kind"));
        _setValue(kind, ItemKind.BOUWSTEEN);
        assertThat(rows(grid)).extracting(r -> r.item().kind()).containsOnly(ItemKind.BOUWSTEEN).hasSize(3);
        // an item title with markup is escaped in the chart, never taken as markup
        _setValue(kind, null);
        assertThat(chart.getElement().getProperty("innerHTML")).contains("&lt;direct&gt; beschikbaar &amp; &quot;actueel&quot;")
                .doesNotContain("<direct>");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Paragraph.class,
                spec -> spec.withId("ranking-unranked"))).as("no unranked items, so no line about them").isEmpty();
    }

    @Test
    void whatIfRecomputesLiveAndLeavesThePublishedRankingAlone() {
        login("voorzitter");
        RoundAnalysis published = SampleRound.analysis();
        List<String> publishedTop = published.ranking().top(99);
        WhatIfPanel panel = new WhatIfPanel(published);
        UI.getCurrent().add(panel);

        assertThat(_get(Div.class, spec -> spec.withId("whatif-note")).getElement().getTextRecursively())
                .contains("Dit verandert de gepubliceerde versie niet");
        Grid<WhatIfPanel.WhatIfRow> ranking = grid("whatif-ranking");
        assertThat(rows(ranking)).extracting(r -> r.item().item().code()).containsExactlyElementsOf(publishedTop);
        assertThat(rows(ranking)).allSatisfy(r -> assertThat(r.shift()).isZero());

        _setValue(_get(NumberField.class, spec -> spec.withId("weight-S-URG")), 4.0);

        List<String> expected = published.whatIf(Map.of("S-URG", 4.0)).ranking().top(99);
        assertThat(expected).isNotEqualTo(publishedTop);
        assertThat(rows(ranking)).extracting(r -> r.item().item().code()).containsExactlyElementsOf(expected);
        assertThat(rows(ranking)).anySatisfy(r -> assertThat(r.shift()).isNotZero());
        assertThat(published.ranking().top(99)).isEqualTo(publishedTop);
        assertThat(published.weights()).containsEntry("S-URG", 1.0);

        // weights the analysis refuses: the Dutch message, and the last valid ranking stays
        _setValue(_get(NumberField.class, spec -> spec.withId("weight-S-OMVANG")), 0.0);
        Span error = _get(Span.class, spec -> spec.withId("whatif-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("De omvang (job size) weegt niet mee");
        assertThat(rows(ranking)).extracting(r -> r.item().item().code()).containsExactlyElementsOf(expected);

        _click(_get(Button.class, spec -> spec.withId("whatif-reset")));
        assertThat(error.isVisible()).isFalse();
        assertThat(rows(ranking)).extracting(r -> r.item().item().code()).containsExactlyElementsOf(publishedTop);
        assertThat(_get(NumberField.class, spec -> spec.withId("weight-S-URG")).getValue()).isEqualTo(1.0);
    }

    @Test
    void sensitivityTableSaysWhichWeightChangeMovesWhichItem() {
        login("voorzitter");
        // the hand example of SensitivityTest: urgency −11.1 % lets VS-06 overtake VS-05
        ScoreScale oneToTwenty = new ScoreScale(IntStream.rangeClosed(1, 20).boxed().toList());
        List<Criterion> criteria = List.of(new Criterion("WAARDE", "Waarde", 1, WsjfPart.BUSINESS_VALUE, oneToTwenty),
                new Criterion("URG", "Urgentie", 1, WsjfPart.TIME_CRITICALITY, oneToTwenty),
                new Criterion("OMVANG", "Omvang", 1, WsjfPart.JOB_SIZE, ScoreScale.FIBONACCI));
        int[][] values = {{20, 1}, {13, 5}, {13, 3}, {8, 5}, {2, 10}, {10, 1}, {1, 1}};
        List<AssessedItem> items = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            String code = "VS-0" + (i + 1);
            items.add(new AssessedItem(code, "Vraagstuk " + (i + 1), ItemKind.VRAAGSTUK, false, 0));
            scores.add(new Score("a", code, "WAARDE", values[i][0]));
            scores.add(new Score("a", code, "URG", values[i][1]));
            scores.add(new Score("a", code, "OMVANG", 1));
        }
        RoundAnalysis analysis = RoundAnalysis.of(new RoundScores(items, criteria,
                List.of(new Member("a", "Lid A", "HAZ")), scores, List.of()));
        UI.getCurrent().add(new WhatIfPanel(analysis));

        UnorderedList sentences = _get(UnorderedList.class, spec -> spec.withId("whatif-sentences"));
        assertThat(sentences.getElement().getTextRecursively())
                .contains("weging Urgentie −12 % → VS-05 zakt uit de top 5 (VS-06 komt erin)")
                .contains("weging Waarde +13 % → VS-05 zakt uit de top 5 (VS-06 komt erin)");
        Grid<nl.tafelwerk.assessment.analysis.SensitivityRow> table = grid("whatif-sensitivity");
        assertThat(GridKt._size(table)).isEqualTo(3);
        assertThat(GridKt._getFormatted(table, 1, "down")).isEqualTo("−12 % → VS-05 zakt uit de top 5 (VS-06 komt erin)");
        assertThat(GridKt._getFormatted(table, 1, "up")).isEqualTo("geen verandering, hoe hoog ook");
        assertThat(GridKt._getFormatted(table, 2, "down")).isEqualTo("geen verandering, ook niet bij gewicht 0");
    }
}
