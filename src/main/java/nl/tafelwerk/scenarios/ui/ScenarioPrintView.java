package nl.tafelwerk.scenarios.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.tafelwerk.scenarios.Scenario;
import nl.tafelwerk.scenarios.ScenarioAnalysis;
import nl.tafelwerk.scenarios.ScenarioRisk;
import nl.tafelwerk.scenarios.ScenarioService;

/** A scenario on paper: every parameter, the charts and the signals, without the app frame. */
@Route(value = "scenarios/:code/afdrukken", autoLayout = false)
@PermitAll
@StyleSheet("styles/scenarios.css")
public class ScenarioPrintView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScenarioService service;
    private String title = "";

    ScenarioPrintView(ScenarioService service) {
        this.service = service;
        addClassName("tw-print");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        Scenario s = service.find(code).orElse(null);
        if (s == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("scenario.unknown", code));
            return;
        }
        removeAll();
        ScenarioAnalysis a = service.analyse(s);
        Function<String, String> t = this::getTranslation;
        BiFunction<String, Object[], String> tArgs = this::getTranslation;
        title = s.label();
        Button print = new Button(getTranslation("scenario.print.button"), e -> getElement().executeJs("window.print()"));
        print.addClassName("tw-no-print");
        print.setId("print-button");
        add(print, new H1(s.label()), new Paragraph(getTranslation("scenario.field.vraagstuk") + ": " + s.vraagstukCode()
                + (s.variantOf() == null ? "" : " · " + getTranslation("scenario.variant.of", s.variantOf()))));
        text("scenario.field.summary", s.summary());
        text("scenario.field.assumptions", s.assumptions());
        add(new H2(getTranslation("scenario.section.warnings")), ScenarioBlocks.warnings(a.warnings(), t, tArgs));
        add(new H2(getTranslation("scenario.section.inhoud")));
        text("scenario.field.delivered", s.delivered());
        text("scenario.field.forSectors", String.join(", ", new java.util.TreeSet<>(s.forSectors())));
        text("scenario.field.effects", s.effects());
        text("scenario.field.inhoudNarrative", s.inhoudNarrative());
        add(new H2(getTranslation("scenario.section.tijd")), ScenarioBlocks.timelineChart(a.timeline(), t, "print-timeline"),
                ScenarioBlocks.timelineFacts(a, t, tArgs));
        text("scenario.field.tijdNarrative", s.tijdNarrative());
        add(new H2(getTranslation("scenario.section.geld")), ScenarioBlocks.moneyChart(a.money(), t, "print-money"),
                ScenarioBlocks.moneyTable(a.money(), t, tArgs));
        text("scenario.field.geldNarrative", s.geldNarrative());
        add(new H2(getTranslation("scenario.section.risico")));
        StringBuilder risks = new StringBuilder("<table class=\"tw-figures tw-risks\"><thead><tr>");
        for (String key : new String[] {"nr", "risk", "kans", "impact", "prio", "mitigation", "owner", "escalation"}) {
            risks.append("<th scope=\"col\">").append(ScenarioBlocks.esc(getTranslation("scenario.risk." + key))).append("</th>");
        }
        risks.append("</tr></thead><tbody>");
        for (ScenarioRisk r : s.risks()) {
            risks.append("<tr>");
            for (String v : new String[] {r.nr(), r.risk(), r.kansWritten(), r.impactWritten(), getTranslation(r.prio().messageKey()),
                    r.mitigation(), r.owner(), r.escalation()}) {
                risks.append("<td>").append(ScenarioBlocks.esc(v)).append("</td>");
            }
            risks.append("</tr>");
        }
        Div table = new Div();
        table.getElement().setProperty("innerHTML", risks.append("</tbody></table>").toString());
        add(table);
        text("scenario.field.risicoNarrative", s.risicoNarrative());
    }

    private void text(String labelKey, String value) {
        if (!value.isBlank()) {
            Paragraph p = new Paragraph();
            p.getElement().setProperty("innerHTML", "<strong>" + ScenarioBlocks.esc(getTranslation(labelKey)) + ":</strong> "
                    + ScenarioBlocks.esc(value));
            add(p);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · Tafelwerk";
    }
}
