package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.html.Div;
import nl.tafelwerk.assessment.analysis.CriterionStatistics;

/**
 * The distribution of one item's scores on one criterion (bars per scale value, IQR band, median line) as an inline
 * SVG drawn on the server ({@link ChartSvg#distribution}). Its accessible name and full text description are the
 * SVG's own title and desc.
 */
public class DistributionChart extends Div {

    public DistributionChart(CriterionStatistics statistics, String itemLabel, String criterionName) {
        addClassName("tw-distribution-chart");
        setWidthFull();
        getElement().setAttribute("data-item", statistics.itemCode());
        getElement().setAttribute("data-criterion", statistics.criterionCode());
        getElement().setProperty("innerHTML", ChartSvg.distribution(statistics, itemLabel, criterionName,
                this::getTranslation, getLocale()));
    }
}
