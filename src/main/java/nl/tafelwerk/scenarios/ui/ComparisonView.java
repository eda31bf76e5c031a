package nl.tafelwerk.scenarios.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.tafelwerk.scenarios.Comparison;
import nl.tafelwerk.scenarios.Preference;
import nl.tafelwerk.scenarios.ScenarioAnalysis;
import nl.tafelwerk.scenarios.ScenarioExport;
import nl.tafelwerk.scenarios.ScenarioService;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Two to four scenarios of one vraagstuk side by side on the four parameters (readable on the
 * projector, printable), their charts, and the preferences: the chair marks one with a rationale,
 * each member records their sector's. Address: {@code /scenarios/vergelijk?s=SC-01&s=SC-02}.
 */
@Route("scenarios/vergelijk")
@PermitAll
@StyleSheet("styles/scenarios.css")
public class ComparisonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScenarioService service;
    private final ScenarioExport export;
    private List<String> codes = List.of();

    ComparisonView(ScenarioService service, ScenarioExport export) {
        this.service = service;
        this.export = export;
        addClassName("tw-comparison");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        codes = event.getLocation().getQueryParameters().getParameters().getOrDefault("s", List.of());
        show();
    }

    private void show() {
        removeAll();
        Anchor back = new Anchor("scenarios", "← " + getTranslation("scenario.back"));
        Comparison c;
        try {
            c = service.compare(codes);
        } catch (DomainException e) {
            Paragraph problem = new Paragraph(getTranslation(e.messageKey(), e.arguments()));
            problem.setId("comparison-problem");
            problem.addClassName("tw-error-text");
            add(back, problem);
            return;
        }
        Function<String, String> t = this::getTranslation;
        BiFunction<String, Object[], String> tArgs = this::getTranslation;
        String vraagstuk = c.scenarios().getFirst().scenario().vraagstukCode();
        H2 heading = new H2(getTranslation("scenario.compare.title") + " · " + vraagstuk);
        heading.setId("comparison-heading");
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export.comparison(codes);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "vergelijking-" + String.join("-", codes) + ".xlsx",
                    ScenarioExport.XLSX_TYPE, bytes.length);
        }), "");
        xlsx.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("scenario.export.xlsx")));
        xlsx.setId("comparison-export-xlsx");
        xlsx.addClassName("tw-download");
        Anchor print = new Anchor("scenarios/vergelijk/afdrukken?" + String.join("&", codes.stream().map(code -> "s=" + code).toList()), "");
        print.add(VaadinIcon.PRINT.create(), new Span(getTranslation("scenario.print")));
        print.setTarget("_blank");
        print.setId("comparison-print");
        print.addClassName("tw-download");
        HorizontalLayout actions = new HorizontalLayout(xlsx, print);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);

        Div table = new Div();
        table.addClassName("tw-table-scroll");
        table.getElement().setProperty("innerHTML", ComparisonTable.html(c, t, tArgs));
        Div charts = new Div();
        charts.addClassName("tw-chart-row");
        for (ScenarioAnalysis a : c.scenarios()) {
            Div one = new Div(new H4(a.scenario().label()), ScenarioBlocks.moneyChart(a.money(), t, "comparison-money-" + a.scenario().code()),
                    ScenarioBlocks.timelineChart(a.timeline(), t, "comparison-timeline-" + a.scenario().code()));
            one.addClassName("tw-chart-cell");
            charts.add(one);
        }
        add(back, heading, actions, table, preferences(c), charts);
    }

    private VerticalLayout preferences(Comparison c) {
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("scenario.preference.title")));
        box.setPadding(false);
        box.setId("comparison-preferences");
        UnorderedList recorded = new UnorderedList();
        recorded.setId("comparison-preference-list");
        for (Preference p : c.preferences()) {
            recorded.add(new ListItem(ComparisonTable.preferenceLine(p, this::getTranslation, this::getTranslation, getLocale())));
        }
        if (c.preferences().isEmpty()) {
            recorded.add(new ListItem(getTranslation("scenario.preference.none")));
        }
        box.add(recorded);
        if (service.mayMarkPreferred()) {
            box.add(preferenceForm(c, getTranslation("scenario.preference.mark"), "comparison-chair", null));
        }
        service.preferenceSector().ifPresent(sector -> box.add(preferenceForm(c,
                getTranslation("scenario.preference.record", sector), "comparison-sector", sector)));
        return box;
    }

    private HorizontalLayout preferenceForm(Comparison c, String buttonText, String id, @Nullable String sector) {
        Select<String> scenario = new Select<>();
        scenario.setLabel(getTranslation("scenario.preference.scenario"));
        scenario.setItems(c.scenarios().stream().map(a -> a.scenario().code()).toList());
        scenario.setItemLabelGenerator(code -> c.scenarios().stream().filter(a -> a.scenario().code().equals(code)).findFirst()
                .map(a -> a.scenario().label()).orElse(code));
        scenario.setId(id + "-scenario");
        TextArea rationale = new TextArea(getTranslation("scenario.preference.rationale"));
        rationale.setId(id + "-rationale");
        rationale.setWidth("28rem");
        FieldFeedback.limit(rationale, Preference.RATIONALE_MAX);
        Button record = new Button(buttonText, e -> {
            rationale.setInvalid(false);
            scenario.setInvalid(false);
            if (scenario.getValue() == null) {
                FieldFeedback.show(getTranslation("validation.required"), scenario);
                return;
            }
            try {
                if (sector == null) {
                    service.markPreferred(scenario.getValue(), rationale.getValue());
                } else {
                    service.recordSectorPreference(sector, scenario.getValue(), rationale.getValue());
                }
                Notifications.success(getTranslation("scenario.preference.saved"));
                show();
            } catch (DomainException refusal) {
                FieldFeedback.show(getTranslation(refusal.messageKey(), refusal.arguments()),
                        "rationale".equals(refusal.field()) ? rationale : scenario);
            } catch (AccessDeniedException denied) {
                Notifications.error(getTranslation("error.forbidden"));
            }
        });
        record.setId(id + "-record");
        record.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout form = new HorizontalLayout(scenario, rationale, record);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scenario.compare.title") + " · Tafelwerk";
    }
}
