package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.tafelwerk.assessment.analysis.RoundAnalysis;

/**
 * Test-only route (it lives in the test sources, so the application never has it): the analysis components on
 * {@link SampleRound}, for looking at them in a real browser and for the accessibility scan.
 */
@Route("test/analyse")
@PermitAll
public class AnalysisPreviewView extends VerticalLayout implements HasDynamicTitle {

    public AnalysisPreviewView() {
        RoundAnalysis analysis = SampleRound.analysis();
        Div charts = new Div();
        charts.addClassName("tw-preview-charts");
        charts.setWidthFull();
        charts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1rem");
        charts.add(new DistributionChart(analysis.statistics("VS-04", "S-URG"),
                "VS-04 " + SampleRound.ITEMS.get(3).title(), "Urgentie"));
        charts.add(new DistributionChart(analysis.statistics("MITZ", "S-INTER"), "MITZ", "Intersectorale impact"));
        setWidthFull();
        add(new H2("Rangorde"), new RankingPanel(analysis.ranking()), new H2("Spreiding"), charts,
                new H2("Wat als"), new WhatIfPanel(analysis));
    }

    @Override
    public String getPageTitle() {
        return "Analyse (test) · Tafelwerk";
    }
}
