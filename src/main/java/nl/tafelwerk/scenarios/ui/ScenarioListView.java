package nl.tafelwerk.scenarios.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.scenarios.Scenario;
import nl.tafelwerk.scenarios.ScenarioDraft;
import nl.tafelwerk.scenarios.ScenarioService;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.DateTimes;
import nl.tafelwerk.shared.ui.FieldFeedback;

/**
 * All scenarios, per vraagstuk: open one, start a new one, or pick two to four of one vraagstuk and
 * compare them. Below, the table-wide risk register that scenarios take risks from.
 */
@Route("scenarios")
@PermitAll
@Menu(title = "nav.scenarios", order = 17, icon = "icons/scenarios.svg")
@StyleSheet("styles/scenarios.css")
public class ScenarioListView extends VerticalLayout implements HasDynamicTitle {

    private final ScenarioService service;
    private final Grid<Scenario> grid = new Grid<>();
    private final ComboBox<String> vraagstukFilter = new ComboBox<>();
    private final Span count = new Span();
    private final Span compareProblem = new Span();
    private final Map<String, String> titles;

    ScenarioListView(ScenarioService service) {
        this.service = service;
        addClassName("tw-scenarios");
        setWidthFull();
        titles = service.vraagstukken().stream().collect(Collectors.toMap(Vraagstuk::code, Vraagstuk::title, (a, b) -> a,
                java.util.LinkedHashMap::new));
        Paragraph intro = new Paragraph(getTranslation("scenario.list.intro"));
        intro.addClassName("tw-muted");

        vraagstukFilter.setLabel(getTranslation("scenario.list.vraagstuk"));
        vraagstukFilter.setItems(titles.keySet());
        vraagstukFilter.setItemLabelGenerator(this::vraagstukLabel);
        vraagstukFilter.setClearButtonVisible(true);
        vraagstukFilter.setId("scenarios-filter");
        vraagstukFilter.setWidth("28rem");
        vraagstukFilter.addValueChangeListener(e -> show());

        Button compare = new Button(getTranslation("scenario.list.compare"), VaadinIcon.SPLIT_H.create(), e -> compare());
        compare.setId("scenarios-compare");
        compare.addThemeVariants(ButtonVariant.PRIMARY);
        Button create = new Button(getTranslation("scenario.list.new"), VaadinIcon.PLUS.create(), e -> newScenario());
        create.setId("scenarios-new");
        create.setVisible(titles.keySet().stream().anyMatch(service::mayCreate));
        compareProblem.setId("scenarios-compare-problem");
        compareProblem.addClassName("tw-error-text");
        count.setId("scenarios-count");
        HorizontalLayout tools = new HorizontalLayout(vraagstukFilter, compare, create, count);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);

        grid.setId("scenarios-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(s -> new Anchor("scenarios/" + s.code(), s.code())).setHeader(getTranslation("scenario.list.code"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true).setComparator(Scenario::code);
        grid.addColumn(Scenario::name).setHeader(getTranslation("scenario.list.name")).setFlexGrow(3).setSortable(true);
        grid.addColumn(s -> vraagstukLabel(s.vraagstukCode())).setHeader(getTranslation("scenario.list.vraagstuk")).setFlexGrow(3)
                .setSortable(true);
        grid.addColumn(s -> s.variantOf() == null ? "" : s.variantOf()).setHeader(getTranslation("scenario.list.variantOf"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> DateTimes.dateTime(getLocale(), s.updatedAt()) + " · " + s.updatedBy())
                .setHeader(getTranslation("scenario.list.updated")).setFlexGrow(2).setSortable(true).setComparator(Scenario::updatedAt);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();

        Details register = new Details(new H3(getTranslation("scenario.list.tableRisks")),
                TableRiskGrid.create(service.tableRisks(), this::getTranslation));
        register.setWidthFull();
        register.setId("scenarios-table-risks");
        add(intro, tools, compareProblem, grid, register);
        show();
    }

    private String vraagstukLabel(String code) {
        String title = titles.get(code);
        return title == null ? code : code + " · " + title;
    }

    private void show() {
        String vraagstuk = vraagstukFilter.getValue();
        List<Scenario> items = vraagstuk == null ? service.all() : service.ofVraagstuk(vraagstuk);
        grid.setItems(items);
        count.setText(getTranslation("scenario.list.count", items.size()));
    }

    private void compare() {
        List<String> codes = grid.getSelectedItems().stream().map(Scenario::code).sorted().toList();
        compareProblem.setText("");
        try {
            service.compare(codes);
            getUI().ifPresent(ui -> ui.navigate("scenarios/vergelijk", new QueryParameters(Map.of("s", codes))));
        } catch (DomainException e) {
            compareProblem.setText(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void newScenario() {
        ComboBox<String> vraagstuk = new ComboBox<>(getTranslation("scenario.field.vraagstuk"));
        vraagstuk.setItems(titles.keySet().stream().filter(service::mayCreate).toList());
        vraagstuk.setItemLabelGenerator(this::vraagstukLabel);
        vraagstuk.setId("scenario-new-vraagstuk");
        if (vraagstukFilter.getValue() != null && service.mayCreate(vraagstukFilter.getValue())) {
            vraagstuk.setValue(vraagstukFilter.getValue());
        }
        TextField name = new TextField(getTranslation("scenario.field.name"));
        name.setId("scenario-new-name");
        IntegerField first = new IntegerField(getTranslation("scenario.field.firstYear"));
        IntegerField last = new IntegerField(getTranslation("scenario.field.lastYear"));
        int year = LocalDate.now().getYear();
        first.setValue(year);
        last.setValue(year + 3);
        new LineDialog("scenario-new-dialog", getTranslation("scenario.new.title"), () -> {
            if (vraagstuk.getValue() == null) {
                throw new DomainException("vraagstuk", "validation.required");
            }
            return service.create(vraagstuk.getValue(), ScenarioDraft.named(name.getValue(), first.getValue() == null ? 0 : first.getValue(),
                    last.getValue() == null ? 0 : last.getValue()));
        }, created -> getUI().ifPresent(ui -> ui.navigate("scenarios/" + created.code())))
                .with("vraagstuk", vraagstuk).with("name", name).with("firstYear", first).with("lastYear", last).build().open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scenario.list.title") + " · Tafelwerk";
    }
}
