package nl.tafelwerk.scenarios.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.tafelwerk.buildingblocks.BouwsteenListItem;
import nl.tafelwerk.buildingblocks.ImplementationPhase;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.CommentService;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.collaboration.ui.CoEditedForm;
import nl.tafelwerk.collaboration.ui.CoEditor;
import nl.tafelwerk.collaboration.ui.CommentThreadPanel;
import nl.tafelwerk.collaboration.ui.PresenceAvatars;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.scenarios.Euros;
import nl.tafelwerk.scenarios.FteKind;
import nl.tafelwerk.scenarios.FteLine;
import nl.tafelwerk.scenarios.Milestone;
import nl.tafelwerk.scenarios.MoneyCategory;
import nl.tafelwerk.scenarios.MoneyFlow;
import nl.tafelwerk.scenarios.MoneyLine;
import nl.tafelwerk.scenarios.PlannedBouwsteen;
import nl.tafelwerk.scenarios.Quarter;
import nl.tafelwerk.scenarios.Recurrence;
import nl.tafelwerk.scenarios.RiskLevel;
import nl.tafelwerk.scenarios.Scenario;
import nl.tafelwerk.scenarios.ScenarioAnalysis;
import nl.tafelwerk.scenarios.ScenarioConflictException;
import nl.tafelwerk.scenarios.ScenarioExport;
import nl.tafelwerk.scenarios.ScenarioHistoryEntry;
import nl.tafelwerk.scenarios.ScenarioRisk;
import nl.tafelwerk.scenarios.ScenarioService;
import nl.tafelwerk.scenarios.TableRisk;
import nl.tafelwerk.shared.AllSectors;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.DateTimes;
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;
import nl.tafelwerk.shared.ui.SaveStateBadge;
import org.jspecify.annotations.Nullable;

/**
 * One scenario, co-edited live on the shared editor (DD012): its texts on the four parameters with
 * presence, field highlights, save state and the conflict dialog; its lines (bouwstenen, milestones,
 * money, FTE, risks) in grids with a dialog per line; the worked-out timeline, money and signals;
 * comments and history. Deep link: {@code /scenarios/SC-01}.
 */
@Route("scenarios/:code")
@PermitAll
@StyleSheet("styles/scenarios.css")
public class ScenarioView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TOPIC_AREA = "scenario";

    private final ScenarioService service;
    private final ScenarioExport export;
    private final CommentService comments;
    private final AuthenticatedUser user;
    private final Collaborator me;

    private final TextField name = new TextField();
    private final TextArea summary = new TextArea();
    private final TextArea assumptions = new TextArea();
    private final TextArea delivered = new TextArea();
    private final MultiSelectComboBox<String> forSectors = new MultiSelectComboBox<>();
    private final TextArea effects = new TextArea();
    private final TextArea inhoudNarrative = new TextArea();
    private final TextArea tijdNarrative = new TextArea();
    private final IntegerField firstYear = new IntegerField();
    private final IntegerField lastYear = new IntegerField();
    private final TextField discountRate = new TextField();
    private final TextArea geldNarrative = new TextArea();
    private final TextArea risicoNarrative = new TextArea();

    private final SaveStateBadge saveState = new SaveStateBadge("scenario-save-state");
    private final H2 heading = new H2();
    private final Div origin = new Div();
    private final Div warningsBox = new Div();
    private final Grid<PlannedBouwsteen> planGrid = new Grid<>();
    private final Grid<Milestone> milestoneGrid = new Grid<>();
    private final Div timelineBox = new Div();
    private final Grid<MoneyLine> moneyGrid = new Grid<>();
    private final Grid<FteLine> fteGrid = new Grid<>();
    private final Div moneyBox = new Div();
    private final Grid<ScenarioRisk> riskGrid = new Grid<>();
    private final Select<String> riskFilter = new Select<>();
    private final VerticalLayout historyList = new VerticalLayout();
    private final Button save = new Button();
    private final HorizontalLayout actions = new HorizontalLayout();

    private @Nullable CoEditor<Scenario, ScenarioForm> editor;
    private @Nullable ScenarioAnalysis analysis;
    private Map<String, String> bouwsteenNames = Map.of();

    ScenarioView(ScenarioService service, ScenarioExport export, CommentService comments, CurrentUser currentUser) {
        this.service = service;
        this.export = export;
        this.comments = comments;
        this.user = currentUser.require();
        this.me = Collaborator.of(user);
        addClassName("tw-scenario");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        Scenario s = service.find(code).orElse(null);
        if (s == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("scenario.unknown", code));
            return;
        }
        if (editor != null && editor.current().code().equals(code)) {
            return;
        }
        build(s);
    }

    @Override
    public String getPageTitle() {
        return editor == null ? getTranslation("scenario.list.title") + " · Tafelwerk"
                : getTranslation("scenario.title", editor.current().code()) + " · Tafelwerk";
    }

    private CoEditor<Scenario, ScenarioForm> editor() {
        return Objects.requireNonNull(editor);
    }

    private Scenario current() {
        return editor().current();
    }

    private boolean mayEdit() {
        return service.mayEdit(current());
    }

    // ------------------------------------------------------------------ layout

    private void build(Scenario s) {
        removeAll();
        if (editor != null) {
            editor.close();
        }
        CoEditor<Scenario, ScenarioForm> newEditor = new CoEditor<>(this, ScenarioForm.class, me, store(), ScenarioForm.FIELDS,
                saveState, new CoEditor.ConflictTexts<>("scenario-conflict", "scenario-conflict-",
                        theirs -> getTranslation("scenario.conflict", theirs.updatedBy()), Scenario::updatedBy,
                        "scenario.conflict.sameValues"));
        newEditor.onSaved(saved -> Notifications.success(getTranslation("scenario.saved", saved.code())));
        newEditor.onNewVersion(this::refresh);
        editor = newEditor;
        bouwsteenNames = service.bouwsteenCatalogue().stream()
                .collect(Collectors.toMap(BouwsteenListItem::code, BouwsteenListItem::name, (a, b) -> a));
        configureFields();
        TopicId topic = TopicId.item(TOPIC_AREA, s.code());
        newEditor.open(topic, s);

        Anchor back = new Anchor("scenarios", "← " + getTranslation("scenario.back"));
        back.setId("scenario-back");
        heading.setId("scenario-heading");
        origin.setId("scenario-origin");
        PresenceAvatars avatars = newEditor.presence(getTranslation("scenario.presence"));
        avatars.setId("scenario-presence");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("scenario-save");
        save.addClickListener(e -> editor().save());
        HorizontalLayout top = new HorizontalLayout(avatars, saveState);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setWidthFull();
        top.expand(avatars);
        actions.removeAll();
        actions.setWrap(true);
        actions.setId("scenario-actions");
        actions.add(save, variantButton(), downloadLink(s.code()), printLink(s.code()));

        warningsBox.setId("scenario-warnings-box");
        VerticalLayout column = new VerticalLayout(
                section("scenario.section.warnings", warningsBox),
                section("scenario.section.general", form(name, summary, assumptions)),
                section("scenario.section.inhoud", form(delivered, forSectors, effects, inhoudNarrative)),
                section("scenario.section.tijd", tijdSection()),
                section("scenario.section.geld", geldSection()),
                section("scenario.section.risico", risicoSection()),
                historySection());
        column.setPadding(false);
        column.addClassName("tw-scenario-editor");
        CommentThreadPanel thread = new CommentThreadPanel(comments, me, topic, user.canEdit());
        thread.setId("scenario-comments");
        thread.addClassName("tw-side-panel");
        HorizontalLayout body = new HorizontalLayout(column, thread);
        body.setWidthFull();
        body.setFlexGrow(3, column);
        body.setFlexGrow(1, thread);
        body.addClassName("tw-master-detail");
        add(back, heading, origin, top, actions, body);
        refresh(s);
    }

    private static Details section(Component title, Component content) {
        Details details = new Details(title, content);
        details.setOpened(true);
        details.setWidthFull();
        details.addClassName("tw-scenario-section");
        return details;
    }

    private Details section(String titleKey, Component content) {
        return section(new H3(getTranslation(titleKey)), content);
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (Component field : fields) {
            if (field instanceof TextArea || field instanceof MultiSelectComboBox<?>) {
                form.setColspan(field, 2);
            }
        }
        return form;
    }

    private Component tijdSection() {
        configureGrid(planGrid, "scenario-plan");
        planGrid.addColumn(p -> p.code() + " · " + bouwsteenNames.getOrDefault(p.code(), "?")).setHeader(getTranslation("scenario.plan.code"))
                .setFlexGrow(3).setSortable(true).setComparator(PlannedBouwsteen::code);
        planGrid.addColumn(p -> p.phase() == null ? "" : p.phase().label()).setHeader(getTranslation("scenario.plan.phase"));
        planGrid.addColumn(p -> p.start().toString()).setHeader(getTranslation("scenario.plan.start")).setSortable(true)
                .setComparator(PlannedBouwsteen::start);
        planGrid.addColumn(p -> Optional.ofNullable(analysis).map(a -> a.timeline().bar(p.code()))
                .map(b -> b.end().plus(-1).toString()).orElse("—")).setHeader(getTranslation("scenario.plan.end"));
        actionsColumn(planGrid, "plan", this::planDialog, ScenarioService.Part.PLAN);
        configureGrid(milestoneGrid, "scenario-milestones");
        milestoneGrid.addColumn(Milestone::name).setHeader(getTranslation("scenario.milestone.name")).setFlexGrow(3);
        milestoneGrid.addColumn(m -> m.planned().toString()).setHeader(getTranslation("scenario.milestone.planned"));
        milestoneGrid.addColumn(m -> m.baseline() == null ? "" : m.baseline().toString()).setHeader(getTranslation("scenario.milestone.baseline"));
        milestoneGrid.addColumn(m -> m.bouwsteen() == null ? "" : m.bouwsteen()).setHeader(getTranslation("scenario.milestone.bouwsteen"));
        actionsColumn(milestoneGrid, "milestone", this::milestoneDialog, ScenarioService.Part.MILESTONES);
        timelineBox.setId("scenario-timeline");
        timelineBox.setWidthFull();
        VerticalLayout box = new VerticalLayout(
                headed("scenario.part.PLAN", addButton("plan", () -> planDialog(null))), planGrid, timelineBox,
                headed("scenario.part.MILESTONES", addButton("milestone", () -> milestoneDialog(null))), milestoneGrid,
                form(tijdNarrative));
        box.setPadding(false);
        return box;
    }

    private Component geldSection() {
        configureGrid(moneyGrid, "scenario-money");
        moneyGrid.addColumn(MoneyLine::year).setHeader(getTranslation("scenario.money.year")).setSortable(true);
        moneyGrid.addColumn(MoneyLine::party).setHeader(getTranslation("scenario.money.party")).setSortable(true);
        moneyGrid.addColumn(m -> getTranslation(m.flow().messageKey())).setHeader(getTranslation("scenario.money.flow")).setSortable(true);
        moneyGrid.addColumn(m -> getTranslation(m.category().messageKey())).setHeader(getTranslation("scenario.money.category"));
        moneyGrid.addColumn(m -> getTranslation(m.recurrence() == Recurrence.ONE_OFF ? "scenario.money.recurrence.ONE_OFF" : "scenario.money.recurring"))
                .setHeader(getTranslation("scenario.money.recurrence"));
        moneyGrid.addColumn(m -> Euros.format(m.amount())).setHeader(getTranslation("scenario.money.amount"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setSortable(true).setComparator(MoneyLine::amount);
        moneyGrid.addColumn(MoneyLine::description).setHeader(getTranslation("scenario.money.description")).setFlexGrow(2);
        actionsColumn(moneyGrid, "money", this::moneyDialog, ScenarioService.Part.MONEY);
        configureGrid(fteGrid, "scenario-fte");
        fteGrid.addColumn(FteLine::year).setHeader(getTranslation("scenario.fte.year")).setSortable(true);
        fteGrid.addColumn(FteLine::party).setHeader(getTranslation("scenario.fte.party"));
        fteGrid.addColumn(f -> getTranslation(f.kind().messageKey())).setHeader(getTranslation("scenario.fte.kind"));
        fteGrid.addColumn(f -> f.fte().stripTrailingZeros().toPlainString().replace('.', ',')).setHeader(getTranslation("scenario.fte.fte"));
        actionsColumn(fteGrid, "fte", this::fteDialog, ScenarioService.Part.FTE);
        moneyBox.setId("scenario-money-figures");
        moneyBox.setWidthFull();
        VerticalLayout box = new VerticalLayout(form(firstYear, lastYear, discountRate), moneyBox,
                headed("scenario.part.MONEY", addButton("money", () -> moneyDialog(null))), moneyGrid,
                headed("scenario.part.FTE", addButton("fte", () -> fteDialog(null))), fteGrid, form(geldNarrative));
        box.setPadding(false);
        return box;
    }

    private Component risicoSection() {
        configureGrid(riskGrid, "scenario-risks");
        riskGrid.setMultiSort(true);
        riskGrid.addColumn(ScenarioRisk::nr).setHeader(getTranslation("scenario.risk.nr")).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        riskGrid.addColumn(ScenarioRisk::risk).setHeader(getTranslation("scenario.risk.risk")).setFlexGrow(3).setSortable(true);
        riskGrid.addColumn(r -> level(r.kansWritten(), r.kans())).setHeader(getTranslation("scenario.risk.kans")).setSortable(true)
                .setComparator(ScenarioRisk::kans);
        riskGrid.addColumn(r -> level(r.impactWritten(), r.impact())).setHeader(getTranslation("scenario.risk.impact")).setSortable(true)
                .setComparator(ScenarioRisk::impact);
        riskGrid.addComponentColumn(r -> prioBadge(r.prio())).setHeader(getTranslation("scenario.risk.prio")).setSortable(true)
                .setComparator(ScenarioRisk::prio).setId("prio");
        riskGrid.addColumn(r -> r.prioWritten() == null ? "" : r.prioWritten()).setHeader(getTranslation("scenario.risk.prioWritten"));
        riskGrid.addColumn(ScenarioRisk::mitigation).setHeader(getTranslation("scenario.risk.mitigation")).setFlexGrow(2);
        riskGrid.addColumn(ScenarioRisk::owner).setHeader(getTranslation("scenario.risk.owner")).setSortable(true);
        riskGrid.addColumn(ScenarioRisk::escalation).setHeader(getTranslation("scenario.risk.escalation"));
        actionsColumn(riskGrid, "risk", this::riskDialog, ScenarioService.Part.RISKS);
        riskFilter.setLabel(getTranslation("scenario.risk.filter"));
        riskFilter.setItems("", "H", "M", "L");
        riskFilter.setItemLabelGenerator(v -> v.isEmpty() ? getTranslation("scenario.risk.filter.all") : getTranslation("scenario.risk.level." + v));
        riskFilter.setValue("");
        riskFilter.setId("scenario-risk-filter");
        riskFilter.addValueChangeListener(e -> showRisks());
        Button fromTable = new Button(getTranslation("scenario.risk.fromTable"), VaadinIcon.LIST.create(), e -> tableRiskDialog());
        fromTable.setId("scenario-risk-from-table");
        fromTable.setVisible(false);
        fromTable.addClassName("tw-edit-only");
        HorizontalLayout head = headed("scenario.part.RISKS", addButton("risk", () -> riskDialog(null)));
        head.add(fromTable, riskFilter);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(head, riskGrid, form(risicoNarrative));
        box.setPadding(false);
        return box;
    }

    private Component historySection() {
        historyList.setId("scenario-history");
        historyList.setPadding(false);
        historyList.setSpacing(false);
        historyList.addClassName("tw-history");
        Details history = section("scenario.section.history", historyList);
        history.setOpened(false);
        return history;
    }

    private HorizontalLayout headed(String titleKey, Component... extra) {
        HorizontalLayout head = new HorizontalLayout(new H4(getTranslation(titleKey)));
        head.add(extra);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        return head;
    }

    private Button addButton(String id, Runnable open) {
        Button add = new Button(getTranslation("scenario.line.add"), VaadinIcon.PLUS.create(), e -> open.run());
        add.setId("scenario-" + id + "-add");
        add.addThemeVariants(ButtonVariant.SMALL);
        add.addClassName("tw-edit-only");
        return add;
    }

    private static <T> void configureGrid(Grid<T> grid, String id) {
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setWidthFull();
    }

    private <T> void actionsColumn(Grid<T> grid, String id, java.util.function.Consumer<T> edit, ScenarioService.Part part) {
        grid.addComponentColumn(line -> {
            if (!mayEdit()) {
                return new Span();
            }
            Button change = new Button(VaadinIcon.EDIT.create(), e -> edit.accept(line));
            change.setAriaLabel(getTranslation("scenario.line.edit"));
            change.setTooltipText(getTranslation("scenario.line.edit"));
            change.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            change.addClassName("scenario-" + id + "-edit");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> lineSaved(() -> service.removeLine(current().code(), part, line)));
            remove.setAriaLabel(getTranslation("scenario.line.remove"));
            remove.setTooltipText(getTranslation("scenario.line.remove"));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
            remove.addClassName("scenario-" + id + "-remove");
            return new HorizontalLayout(change, remove);
        }).setAutoWidth(true).setFlexGrow(0);
    }

    private void lineSaved(LineDialog.Save action) {
        try {
            editor().savedElsewhere(action.save());
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private Button variantButton() {
        Button copy = new Button(getTranslation("scenario.variant.copy"), VaadinIcon.COPY.create(), e -> {
            TextField variantName = new TextField(getTranslation("scenario.variant.name"));
            variantName.setValue(getTranslation("scenario.variant.defaultName", current().name()));
            variantName.setWidthFull();
            variantName.setId("scenario-variant-name");
            new LineDialog("scenario-variant-dialog", getTranslation("scenario.variant.copy"),
                    () -> service.copyAsVariant(current().code(), variantName.getValue()), variant -> {
                Notifications.success(getTranslation("scenario.variant.created", variant.code()));
                getUI().ifPresent(ui -> ui.navigate("scenarios/" + variant.code()));
            }).with("name", variantName).build().open();
        });
        copy.setId("scenario-copy");
        copy.addClassName("tw-edit-only");
        return copy;
    }

    private Anchor downloadLink(String code) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export.scenario(code);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "scenario-" + code + ".xlsx", ScenarioExport.XLSX_TYPE,
                    bytes.length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("scenario.export.xlsx")));
        link.setId("scenario-export-xlsx");
        link.addClassName("tw-download");
        return link;
    }

    private Anchor printLink(String code) {
        Anchor link = new Anchor("scenarios/" + code + "/afdrukken", "");
        link.add(VaadinIcon.PRINT.create(), new Span(getTranslation("scenario.print")));
        link.setId("scenario-print");
        link.setTarget("_blank");
        link.addClassName("tw-download");
        return link;
    }

    // ------------------------------------------------------------------ fields

    private void configureFields() {
        label(name, "name", Scenario.NAME_MAX);
        label(summary, "summary");
        label(assumptions, "assumptions");
        label(delivered, "delivered");
        label(effects, "effects");
        label(inhoudNarrative, "inhoudNarrative");
        label(tijdNarrative, "tijdNarrative");
        label(geldNarrative, "geldNarrative");
        label(risicoNarrative, "risicoNarrative");
        List<SectorView> sectors = service.sectorList();
        Map<String, String> sectorNames = sectors.stream().collect(Collectors.toMap(SectorView::code, SectorView::label));
        forSectors.setLabel(getTranslation("scenario.field.forSectors"));
        forSectors.setItems(AllSectors.withSectors(sectors.stream().map(SectorView::code).toList()));
        forSectors.setItemLabelGenerator(c -> AllSectors.label(c, this::getTranslation, sectorNames));
        forSectors.setId("scenario-forSectors");
        firstYear.setLabel(getTranslation("scenario.field.firstYear"));
        firstYear.setId("scenario-firstYear");
        lastYear.setLabel(getTranslation("scenario.field.lastYear"));
        lastYear.setId("scenario-lastYear");
        discountRate.setLabel(getTranslation("scenario.field.discountRate"));
        discountRate.setId("scenario-discountRate");
        CoEditedForm<ScenarioForm> f = editor().form();
        f.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.strip().length() <= Scenario.NAME_MAX, getTranslation("validation.tooLong", Scenario.NAME_MAX))
                .bind("name");
        for (Map.Entry<String, TextArea> area : Map.of("summary", summary, "assumptions", assumptions, "delivered", delivered,
                "effects", effects, "inhoudNarrative", inhoudNarrative, "tijdNarrative", tijdNarrative, "geldNarrative", geldNarrative,
                "risicoNarrative", risicoNarrative).entrySet()) {
            f.forField(area.getValue())
                    .withValidator(v -> v.strip().length() <= Scenario.TEXT_MAX, getTranslation("validation.tooLong", Scenario.TEXT_MAX))
                    .bind(area.getKey());
        }
        f.forSetField(forSectors, String.class).bind("forSectors");
        f.forField(firstYear).asRequired(getTranslation("validation.required")).bind("firstYear");
        f.forField(lastYear).asRequired(getTranslation("validation.required")).bind("lastYear");
        f.forField(discountRate).bind("discountRate");
    }

    private void label(TextField field, String property, int max) {
        field.setLabel(getTranslation("scenario.field." + property));
        field.setId("scenario-" + property);
        field.setWidthFull();
        FieldFeedback.limit(field, max);
    }

    private void label(TextArea field, String property) {
        field.setLabel(getTranslation("scenario.field." + property));
        field.setId("scenario-" + property);
        field.setWidthFull();
        FieldFeedback.limit(field, Scenario.TEXT_MAX);
    }

    // ------------------------------------------------------------------ showing the saved state

    /** Everything that depends on the saved version: heading, signals, lines, worked-out figures, rights, history. */
    private void refresh(Scenario s) {
        ScenarioAnalysis a = service.analyse(s);
        analysis = a;
        heading.setText(s.code() + " · " + s.name());
        origin.removeAll();
        Span vraagstuk = new Span(getTranslation("scenario.field.vraagstuk") + ": ");
        Anchor vs = new Anchor("voorraadagenda/" + s.vraagstukCode(), s.vraagstukCode());
        origin.add(vraagstuk, vs);
        if (s.variantOf() != null) {
            origin.add(new Span(" · "));
            Anchor from = new Anchor("scenarios/" + s.variantOf(), getTranslation("scenario.variant.of", s.variantOf()));
            from.setId("scenario-variant-of");
            origin.add(from);
        }
        Function<String, String> t = this::getTranslation;
        java.util.function.BiFunction<String, Object[], String> tArgs = this::getTranslation;
        warningsBox.removeAll();
        warningsBox.add(ScenarioBlocks.warnings(a.warnings(), t, tArgs));
        planGrid.setItems(s.plan().stream().sorted(Comparator.comparing(PlannedBouwsteen::start).thenComparing(PlannedBouwsteen::code)).toList());
        milestoneGrid.setItems(s.milestones());
        timelineBox.removeAll();
        timelineBox.add(ScenarioBlocks.timelineChart(a.timeline(), t, "scenario-timeline-chart"), ScenarioBlocks.timelineFacts(a, t, tArgs));
        moneyGrid.setItems(s.money().stream().sorted(Comparator.comparing(MoneyLine::year).thenComparing(MoneyLine::flow)).toList());
        fteGrid.setItems(s.fte());
        moneyBox.removeAll();
        moneyBox.add(ScenarioBlocks.moneyChart(a.money(), t, "scenario-money-chart"), ScenarioBlocks.moneyTable(a.money(), t, tArgs));
        showRisks();
        boolean editable = mayEdit();
        editor().form().properties().forEach(p -> editor().form().field(p).ifPresent(field -> field.setReadOnly(!editable)));
        save.setVisible(editable);
        getElement().getClassList().set("tw-read-only", !editable);
        getChildren().forEach(c -> markEditOnly(c, editable));
        historyList.removeAll();
        for (ScenarioHistoryEntry entry : service.history(s.code())) {
            String field = ScenarioForm.FIELDS.field(entry.field()).map(fd -> getTranslation(fd.labelKey()))
                    .orElseGet(() -> partLabel(entry.field()));
            Span line = new Span(DateTimes.dateTime(getLocale(), entry.at()) + " · " + entry.by() + " · " + field + ": "
                    + (entry.oldValue() == null ? "" : entry.oldValue() + " → ") + (entry.newValue() == null ? "—" : entry.newValue()));
            historyList.add(line);
        }
    }

    private String partLabel(String field) {
        try {
            return getTranslation(ScenarioService.Part.valueOf(field).messageKey());
        } catch (IllegalArgumentException e) {
            return field;
        }
    }

    private static void markEditOnly(Component component, boolean editable) {
        if (component.hasClassName("tw-edit-only")) {
            component.setVisible(editable);
        }
        component.getChildren().forEach(child -> markEditOnly(child, editable));
    }

    private void showRisks() {
        Scenario s = editor == null ? null : current();
        if (s == null) {
            return;
        }
        String level = riskFilter.getValue();
        riskGrid.setItems(s.risks().stream().filter(r -> level == null || level.isEmpty() || r.prio().name().equals(level)).toList());
    }

    /** The written value, with the normalised level only where it says something else (e.g. "Gemiddeld (Middel)"). */
    private String level(String written, RiskLevel level) {
        String label = getTranslation(level.messageKey());
        return written.equalsIgnoreCase(level.name()) || written.equalsIgnoreCase(label) ? label : written + " (" + label + ")";
    }

    private Span prioBadge(RiskLevel prio) {
        Span badge = new Span(getTranslation(prio.messageKey()));
        badge.getElement().getThemeList().add("badge pill " + switch (prio) {
            case H -> "error primary";
            case M -> "warning";
            case L -> "success";
        });
        return badge;
    }

    // ------------------------------------------------------------------ line dialogs

    private void planDialog(@Nullable PlannedBouwsteen seen) {
        ComboBox<String> code = new ComboBox<>(getTranslation("scenario.plan.code"));
        code.setItems(new TreeSet<>(bouwsteenNames.keySet()));
        code.setItemLabelGenerator(c -> c + " · " + bouwsteenNames.getOrDefault(c, "?"));
        code.setAllowCustomValue(false);
        code.setId("scenario-plan-code");
        Select<ImplementationPhase> phase = new Select<>();
        phase.setLabel(getTranslation("scenario.plan.phase"));
        phase.setItems(ImplementationPhase.values());
        phase.setItemLabelGenerator(p -> p == null ? "—" : p.label());
        phase.setEmptySelectionAllowed(true);
        TextField start = quarterField("scenario.plan.start", "scenario-plan-start");
        if (seen != null) {
            if (!bouwsteenNames.containsKey(seen.code())) {
                // A bouwsteen removed from the catalogue stays visible here, so the user sees what to replace.
                TreeSet<String> codes = new TreeSet<>(bouwsteenNames.keySet());
                codes.add(seen.code());
                code.setItems(codes);
            }
            code.setValue(seen.code());
            phase.setValue(seen.phase());
            start.setValue(seen.start().toString());
        }
        new LineDialog("scenario-plan-dialog", getTranslation("scenario.part.PLAN"), () -> service.savePlanned(current().code(), seen,
                new PlannedBouwsteen(seen == null ? "" : seen.id(), code.getValue() == null ? "" : code.getValue(), phase.getValue(),
                        quarter(start, "start"))), this::savedLine)
                .with("code", code).with("phase", phase).with("start", start).build().open();
    }

    private void milestoneDialog(@Nullable Milestone seen) {
        TextField milestone = new TextField(getTranslation("scenario.milestone.name"));
        milestone.setId("scenario-milestone-name");
        TextField planned = quarterField("scenario.milestone.planned", "scenario-milestone-planned");
        TextField baseline = quarterField("scenario.milestone.baseline", "scenario-milestone-baseline");
        ComboBox<String> bouwsteen = new ComboBox<>(getTranslation("scenario.milestone.bouwsteen"));
        bouwsteen.setItems(current().plan().stream().map(PlannedBouwsteen::code).sorted().toList());
        bouwsteen.setClearButtonVisible(true);
        Checkbox critical = new Checkbox(getTranslation("scenario.milestone.critical"), true);
        if (seen != null) {
            milestone.setValue(seen.name());
            planned.setValue(seen.planned().toString());
            baseline.setValue(seen.baseline() == null ? "" : seen.baseline().toString());
            bouwsteen.setValue(seen.bouwsteen());
            critical.setValue(seen.critical());
        }
        LineDialog dialog = new LineDialog("scenario-milestone-dialog", getTranslation("scenario.part.MILESTONES"),
                () -> service.saveMilestone(current().code(), seen, new Milestone(seen == null ? "" : seen.id(), milestone.getValue(),
                        quarter(planned, "planned"), baseline.getValue().isBlank() ? null : quarter(baseline, "baseline"),
                        bouwsteen.getValue(), critical.getValue())), this::savedLine)
                .with("name", milestone).with("planned", planned).with("baseline", baseline).with("bouwsteen", bouwsteen);
        dialog.add(critical);
        dialog.build().open();
    }

    private void moneyDialog(@Nullable MoneyLine seen) {
        IntegerField year = new IntegerField(getTranslation("scenario.money.year"));
        year.setId("scenario-money-year");
        TextField party = new TextField(getTranslation("scenario.money.party"));
        party.setId("scenario-money-party");
        Select<MoneyFlow> flow = enumSelect("scenario.money.flow", MoneyFlow.values(), MoneyFlow::messageKey);
        Select<MoneyCategory> category = enumSelect("scenario.money.category", MoneyCategory.values(), MoneyCategory::messageKey);
        Select<Recurrence> recurrence = enumSelect("scenario.money.recurrence", Recurrence.values(), Recurrence::messageKey);
        TextField amount = new TextField(getTranslation("scenario.money.amount"));
        amount.setId("scenario-money-amount");
        TextField description = new TextField(getTranslation("scenario.money.description"));
        flow.setValue(MoneyFlow.COST);
        category.setValue(MoneyCategory.OWN_STAFF);
        recurrence.setValue(Recurrence.ONE_OFF);
        year.setValue(current().firstYear());
        if (seen != null) {
            year.setValue(seen.year());
            party.setValue(seen.party());
            flow.setValue(seen.flow());
            category.setValue(seen.category());
            recurrence.setValue(seen.recurrence());
            amount.setValue(Euros.format(seen.amount()).replace("€ ", ""));
            description.setValue(seen.description());
        }
        new LineDialog("scenario-money-dialog", getTranslation("scenario.part.MONEY"), () -> service.saveMoney(current().code(), seen,
                new MoneyLine(seen == null ? "" : seen.id(), year(year), party.getValue(), flow.getValue(), category.getValue(),
                        recurrence.getValue(), number(amount, "amount", "scenario.money.notNumber"), description.getValue())), this::savedLine)
                .with("year", year).with("party", party).with("flow", flow).with("category", category).with("recurrence", recurrence)
                .with("amount", amount).with("description", description).build().open();
    }

    private void fteDialog(@Nullable FteLine seen) {
        IntegerField year = new IntegerField(getTranslation("scenario.fte.year"));
        year.setId("scenario-fte-year");
        TextField party = new TextField(getTranslation("scenario.fte.party"));
        party.setId("scenario-fte-party");
        Select<FteKind> kind = enumSelect("scenario.fte.kind", FteKind.values(), FteKind::messageKey);
        kind.setValue(FteKind.INZET);
        TextField fte = new TextField(getTranslation("scenario.fte.fte"));
        fte.setId("scenario-fte-fte");
        year.setValue(current().firstYear());
        if (seen != null) {
            year.setValue(seen.year());
            party.setValue(seen.party());
            kind.setValue(seen.kind());
            fte.setValue(seen.fte().toPlainString().replace('.', ','));
        }
        new LineDialog("scenario-fte-dialog", getTranslation("scenario.part.FTE"), () -> service.saveFte(current().code(), seen,
                new FteLine(seen == null ? "" : seen.id(), year(year), party.getValue(), kind.getValue(),
                        number(fte, "fte", "scenario.fte.notNumber"))), this::savedLine)
                .with("year", year).with("party", party).with("kind", kind).with("fte", fte).build().open();
    }

    private void riskDialog(@Nullable ScenarioRisk seen) {
        riskDialog(seen, seen);
    }

    private void riskDialog(@Nullable ScenarioRisk seen, @Nullable ScenarioRisk prefill) {
        TextField nr = new TextField(getTranslation("scenario.risk.nr"));
        TextArea risk = new TextArea(getTranslation("scenario.risk.risk"));
        risk.setId("scenario-risk-risk");
        TextField kans = new TextField(getTranslation("scenario.risk.kans"));
        kans.setId("scenario-risk-kans");
        kans.setHelperText("L / M / H");
        TextField impact = new TextField(getTranslation("scenario.risk.impact"));
        impact.setId("scenario-risk-impact");
        impact.setHelperText("L / M / H");
        TextField prio = new TextField(getTranslation("scenario.risk.prioWritten"));
        TextArea mitigation = new TextArea(getTranslation("scenario.risk.mitigation"));
        TextField owner = new TextField(getTranslation("scenario.risk.owner"));
        TextField escalation = new TextField(getTranslation("scenario.risk.escalation"));
        if (prefill != null) {
            nr.setValue(prefill.nr());
            risk.setValue(prefill.risk());
            kans.setValue(prefill.kansWritten());
            impact.setValue(prefill.impactWritten());
            prio.setValue(prefill.prioWritten() == null ? "" : prefill.prioWritten());
            mitigation.setValue(prefill.mitigation());
            owner.setValue(prefill.owner());
            escalation.setValue(prefill.escalation());
        }
        String fromTable = prefill == null ? null : prefill.fromTable();
        new LineDialog("scenario-risk-dialog", getTranslation("scenario.part.RISKS"), () -> service.saveRisk(current().code(), seen,
                new ScenarioRisk(seen == null ? "" : seen.id(), nr.getValue(), risk.getValue(), kans.getValue(), impact.getValue(),
                        prio.getValue(), mitigation.getValue(), owner.getValue(), escalation.getValue(), fromTable)), this::savedLine)
                .with("nr", nr).with("risk", risk).with("kans", kans).with("impact", impact).with("prioWritten", prio)
                .with("mitigation", mitigation).with("owner", owner).with("escalation", escalation).build().open();
    }

    /** The table's register; taking a risk opens it in the risk dialog to score (if unscored) and save. */
    private void tableRiskDialog() {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setId("scenario-table-risks");
        dialog.setHeaderTitle(getTranslation("scenario.tableRisks.title"));
        dialog.setWidth("min(70rem, 96vw)");
        Grid<TableRisk> grid = TableRiskGrid.create(service.tableRisks(), this::getTranslation);
        grid.addComponentColumn(r -> {
            Button take = new Button(getTranslation("scenario.risk.take"), e -> {
                dialog.close();
                riskDialog(null, new ScenarioRisk("", r.nr(), r.risk(), text(r.kansWritten()), text(r.impactWritten()), r.prioWritten(),
                        r.mitigation(), r.owner().split("->")[0].strip(), r.owner().contains("->") ? r.owner().split("->")[1].strip() : "",
                        r.nr()));
            });
            take.addThemeVariants(ButtonVariant.SMALL);
            take.addClassName("scenario-risk-take");
            return take;
        }).setAutoWidth(true).setFlexGrow(0);
        dialog.add(grid);
        dialog.getFooter().add(new Button(getTranslation("scenario.line.cancel"), e -> dialog.close()));
        dialog.open();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private void savedLine(Scenario scenario) {
        editor().savedElsewhere(scenario);
    }

    private <E extends Enum<E>> Select<E> enumSelect(String labelKey, E[] values, Function<E, String> key) {
        Select<E> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "" : getTranslation(key.apply(v)));
        return select;
    }

    private TextField quarterField(String labelKey, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setPlaceholder("2027-Q2");
        field.setId(id);
        return field;
    }

    private static Quarter quarter(TextField field, String name) {
        return Quarter.parse(field.getValue()).orElseThrow(() -> new DomainException(name, "scenario.quarter.invalid"));
    }

    private static int year(IntegerField field) {
        if (field.getValue() == null) {
            throw new DomainException("year", "validation.required");
        }
        return field.getValue();
    }

    private static BigDecimal number(TextField field, String name, String messageKey) {
        if (field.getValue().isBlank()) {
            throw new DomainException(name, "validation.required");
        }
        return Euros.parse(field.getValue()).orElseThrow(() -> new DomainException(name, messageKey));
    }

    // ------------------------------------------------------------------ saving the co-edited fields

    private CoEditor.Store<Scenario, ScenarioForm> store() {
        return CoEditor.store(ScenarioForm::of, s -> service.find(s.code()), (s, values, baseVersion) -> {
            try {
                return new CoEditor.Saved<>(service.update(s.code(), values.toDraft(baseVersion)));
            } catch (ScenarioConflictException conflict) {
                return new CoEditor.Stale<>(conflict.current());
            }
        });
    }
}
