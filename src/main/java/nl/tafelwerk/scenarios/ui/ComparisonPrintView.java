package nl.tafelwerk.scenarios.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.tafelwerk.scenarios.Comparison;
import nl.tafelwerk.scenarios.ScenarioAnalysis;
import nl.tafelwerk.scenarios.ScenarioService;
import nl.tafelwerk.shared.DomainException;

/** The comparison on paper: the table, the preferences and each scenario's charts, without the app frame. */
@Route(value = "scenarios/vergelijk/afdrukken", autoLayout = false)
@PermitAll
@StyleSheet("styles/scenarios.css")
public class ComparisonPrintView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScenarioService service;

    ComparisonPrintView(ScenarioService service) {
        this.service = service;
        addClassName("tw-print");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<String> codes = event.getLocation().getQueryParameters().getParameters().getOrDefault("s", List.of());
        Comparison c;
        try {
            c = service.compare(codes);
        } catch (DomainException e) {
            add(new Paragraph(getTranslation(e.messageKey(), e.arguments())));
            return;
        }
        Button print = new Button(getTranslation("scenario.print.button"), e -> getElement().executeJs("window.print()"));
        print.addClassName("tw-no-print");
        add(print, new H1(getTranslation("scenario.compare.title") + " · " + c.scenarios().getFirst().scenario().vraagstukCode()));
        Div table = new Div();
        table.getElement().setProperty("innerHTML", ComparisonTable.html(c, this::getTranslation, this::getTranslation));
        add(table);
        UnorderedList preferences = new UnorderedList();
        c.preferences().forEach(p -> preferences.add(new ListItem(ComparisonTable.preferenceLine(p, this::getTranslation,
                this::getTranslation, getLocale()))));
        add(new H2(getTranslation("scenario.preference.title")), preferences);
        for (ScenarioAnalysis a : c.scenarios()) {
            add(new H2(a.scenario().label()), ScenarioBlocks.moneyChart(a.money(), this::getTranslation, "print-money-" + a.scenario().code()),
                    ScenarioBlocks.timelineChart(a.timeline(), this::getTranslation, "print-timeline-" + a.scenario().code()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scenario.compare.title") + " · Tafelwerk";
    }
}
