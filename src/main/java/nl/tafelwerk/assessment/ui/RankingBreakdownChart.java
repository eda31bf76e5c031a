package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import nl.tafelwerk.assessment.analysis.RankedItem;

/**
 * The ranking as bars: per item its cost of delay stacked by part (value, urgency, risk reduction, legal and
 * dependency boosts), its job size under it and the WSJF beside it; an inline SVG drawn on the server
 * ({@link ChartSvg#rankingBreakdown}).
 */
public class RankingBreakdownChart extends Div {

    public RankingBreakdownChart(List<RankedItem> ranked) {
        addClassName("tw-ranking-chart");
        setWidthFull();
        show(ranked);
    }

    public void show(List<RankedItem> ranked) {
        getElement().setProperty("innerHTML", ChartSvg.rankingBreakdown(ranked, this::getTranslation, getLocale()));
    }
}
