package nl.tafelwerk.buildingblocks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.tafelwerk.shared.EditableField;
import nl.tafelwerk.shared.AllSectors;
import nl.tafelwerk.buildingblocks.AcceptanceCriterion;
import nl.tafelwerk.buildingblocks.Bouwsteen;
import nl.tafelwerk.buildingblocks.BouwsteenChange;
import nl.tafelwerk.buildingblocks.BouwsteenFields;
import nl.tafelwerk.buildingblocks.BouwsteenConflictException;
import nl.tafelwerk.buildingblocks.BouwsteenListItem;
import nl.tafelwerk.buildingblocks.BouwsteenService;
import nl.tafelwerk.buildingblocks.BouwsteenStatus;
import nl.tafelwerk.buildingblocks.BouwsteenTypes;
import nl.tafelwerk.buildingblocks.CriticalPath;
import nl.tafelwerk.buildingblocks.DependencyLink;
import nl.tafelwerk.buildingblocks.HistoryEntry;
import nl.tafelwerk.buildingblocks.Impact;
import nl.tafelwerk.buildingblocks.ImplementationPhase;
import nl.tafelwerk.buildingblocks.LinkedVraagstuk;
import nl.tafelwerk.buildingblocks.MaturityRow;
import nl.tafelwerk.buildingblocks.ProposalState;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.CommentService;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.collaboration.ui.CoEditedForm;
import nl.tafelwerk.collaboration.ui.CoEditor;
import nl.tafelwerk.collaboration.ui.CommentThreadPanel;
import nl.tafelwerk.collaboration.ui.PresenceAvatars;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.DateTimes;
import nl.tafelwerk.shared.ui.Notifications;
import nl.tafelwerk.shared.ui.SaveStateBadge;
import org.jspecify.annotations.Nullable;

/**
 * One bouwsteen, co-edited live: details, the traffic light per perspective side by side,
 * acceptance maturity, dependencies both ways, comments and history. Deep link {@code /bouwstenen/MITZ}.
 */
@Route("bouwstenen/:code")
@PermitAll
public class BouwsteenDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";

    private final BouwsteenService service;
    private final CommentService comments;
    private final SectorService sectors;
    private final AuthenticatedUser user;
    private final Collaborator me;
    private final boolean mayEdit;

    private @Nullable CoEditor<Bouwsteen, BouwsteenDraft> editor;
    private final SaveStateBadge saveState = new SaveStateBadge("bouwsteen-save-state");
    private final H2 heading = new H2();
    private final Div statusSlot = new Div();
    private final HorizontalLayout top = new HorizontalLayout();
    private final Div headerNotes = new Div();
    private final VerticalLayout main = new VerticalLayout();
    private final Div itemSections = new Div();
    private final VerticalLayout side = new VerticalLayout();
    private final Div historyBox = new Div();
    private TextField name = new TextField();
    private TextArea description = new TextArea();
    private ComboBox<String> type = new ComboBox<>();
    private TextField owner = new TextField();
    private ComboBox<ImplementationPhase> phase = new ComboBox<>();
    private ComboBox<Impact> impact = new ComboBox<>();
    private ComboBox<BouwsteenStatus> tableStatus = new ComboBox<>();
    private IntegerField leadTime = new IntegerField();
    private TextField source = new TextField();
    private TextField legalAnchor = new TextField();
    private MultiSelectComboBox<String> sectorField = new MultiSelectComboBox<>();
    private final Map<AcceptanceCriterion, Select<Integer>> levels = new EnumMap<>(AcceptanceCriterion.class);

    BouwsteenDetailView(BouwsteenService service, CommentService comments, SectorService sectors, CurrentUser currentUser) {
        this.service = service;
        this.comments = comments;
        this.sectors = sectors;
        this.user = currentUser.require();
        this.me = Collaborator.of(user);
        this.mayEdit = service.mayEdit();
        addClassName("tw-bouwsteen");
        setWidthFull();
    }

    static RouteParameters params(String code) {
        return new RouteParameters(CODE, code);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get(CODE).orElse("");
        Bouwsteen found = service.find(code).orElse(null);
        if (found == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("bouwsteen.unknown", code));
            return;
        }
        if (!found.code().equals(code)) {
            event.forwardTo(BouwsteenDetailView.class, params(found.code()));
            return;
        }
        if (editor == null || !found.code().equals(saved().code())) {
            open(found);
        } else if (found.version() != saved().version()) {
            editor.savedElsewhere(found);
        }
    }

    private Bouwsteen saved() {
        return Objects.requireNonNull(editor).current();
    }

    private CoEditor<Bouwsteen, BouwsteenDraft> editor() {
        return Objects.requireNonNull(editor);
    }

    /** Builds the editor for one bouwsteen: the co-edited fields stay, the sections around them follow each saved version. */
    private void open(Bouwsteen item) {
        if (editor != null) {
            editor.close();
        }
        removeAll();
        levels.clear();
        CoEditor<Bouwsteen, BouwsteenDraft> newEditor = new CoEditor<>(this, BouwsteenDraft.class, me, store(), BouwsteenDraft.FIELDS,
                saveState, new CoEditor.ConflictTexts<>("bouwsteen-conflict", "conflict-",
                        theirs -> getTranslation("bouwsteen.conflict", savedBy(theirs), theirs.code()), BouwsteenDetailView::savedBy,
                        "bouwsteen.conflict.onlySectors"));
        newEditor.onSaved(saved -> Notifications.success(getTranslation("bouwsteen.saved", saved.code())));
        newEditor.onNewVersion(saved -> build());
        editor = newEditor;
        Component details = details(newEditor.form());
        createLevels(newEditor.form());
        newEditor.form().binder().setReadOnly(!mayEdit);
        newEditor.open(TopicId.item("bouwsteen", item.code()), item);

        heading.setId("bouwsteen-heading");
        heading.addClassName("tw-bouwsteen-heading");
        PresenceAvatars avatars = newEditor.presence(getTranslation("bouwsteen.presence"));
        avatars.setId("bouwsteen-presence");
        statusSlot.addClassName("tw-status-slot");
        top.removeAll();
        top.add(heading, statusSlot, avatars, saveState);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setWidthFull();
        top.expand(avatars);
        top.setWrap(true);

        main.removeAll();
        main.add(section("bouwsteen.section.details", details), itemSections);
        main.setPadding(false);
        main.setWidth(null);
        main.addClassName("tw-bouwsteen-main");
        CommentThreadPanel thread = new CommentThreadPanel(comments, me, TopicId.item("bouwsteen", item.code()), user.canEdit());
        thread.setId("bouwsteen-comments");
        side.removeAll();
        side.add(thread, historyBox);
        side.setPadding(false);
        side.addClassName("tw-side-panel");
        HorizontalLayout body = new HorizontalLayout(main, side);
        body.setWidthFull();
        body.setFlexGrow(3, main);
        body.setFlexGrow(1, side);
        body.addClassName("tw-master-detail");
        add(top, headerNotes, body);
        build();
    }

    private static String savedBy(Bouwsteen b) {
        return b.updatedBy() == null ? "?" : b.updatedBy();
    }

    /** Redraws what depends on the saved version (status, actions, perspectives, maturity, dependencies, history). */
    private void build() {
        Bouwsteen saved = saved();
        heading.setText(saved.code() + " · " + saved.name());
        statusSlot.removeAll();
        statusSlot.add(Badges.status(this, saved.tableStatus()));
        if (saved.proposalState() == ProposalState.VOORGESTELD) {
            Span proposal = Badges.proposal(this, saved.proposalState());
            proposal.setId("bouwsteen-proposal");
            statusSlot.add(proposal);
        }

        headerNotes.removeAll();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        RouterLink back = new RouterLink(getTranslation("bouwsteen.back"), BouwsteenCatalogueView.class);
        RouterLink graph = new RouterLink(getTranslation("bouwsteen.openGraph"), DependencyGraphView.class);
        graph.setQueryParameters(QueryParameters.of(DependencyGraphView.SELECT, saved.code()));
        graph.setId("bouwsteen-graph-link");
        actions.add(back, graph);
        if (mayEdit) {
            Button save = new Button(getTranslation("action.save"), e -> editor().save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("bouwsteen-save");
            actions.add(save);
            if (saved.proposalState() == ProposalState.VOORGESTELD) {
                Button confirm = new Button(getTranslation("bouwsteen.confirm"), e -> confirm());
                confirm.addThemeVariants(ButtonVariant.SUCCESS);
                confirm.setId("bouwsteen-confirm");
                Button reject = new Button(getTranslation("bouwsteen.reject"), e -> reject());
                reject.addThemeVariants(ButtonVariant.ERROR);
                reject.setId("bouwsteen-reject");
                actions.add(confirm, reject);
            }
        }
        headerNotes.add(actions);
        if (saved.proposedBy() != null && saved.proposalState() == ProposalState.VOORGESTELD) {
            headerNotes.add(muted(getTranslation("bouwsteen.proposedBy", saved.proposedBy())));
        }
        if (!mayEdit) {
            Span readOnly = muted(getTranslation("bouwsteen.readOnly"));
            readOnly.setId("bouwsteen-read-only");
            headerNotes.add(readOnly);
        }
        if (!saved.inferred().isEmpty()) {
            headerNotes.add(muted(getTranslation("bouwsteen.inferred", saved.inferred().stream()
                    .map(f -> getTranslation("bouwsteen.field." + (f.equals("status") ? "tableStatus" : f)))
                    .collect(Collectors.joining(", ")))));
        }

        itemSections.removeAll();
        itemSections.add(section("bouwsteen.section.perspectives", perspectives()),
                section("bouwsteen.section.maturity", maturity()),
                section("bouwsteen.section.dependencies", dependencies()),
                section("bouwsteen.section.vraagstukken", vraagstukken()));
        historyBox.removeAll();
        historyBox.add(section("bouwsteen.section.history", history()));
        editor().refreshState();
    }

    private Component details(CoEditedForm<BouwsteenDraft> f) {
        name = new TextField();
        description = new TextArea();
        type = new ComboBox<>();
        owner = new TextField();
        phase = new ComboBox<>();
        impact = new ComboBox<>();
        tableStatus = new ComboBox<>();
        leadTime = new IntegerField();
        source = new TextField();
        legalAnchor = new TextField();
        sectorField = new MultiSelectComboBox<>();
        name.setLabel(getTranslation("bouwsteen.field.name"));
        name.setId("bouwsteen-name");
        name.setMaxLength(Bouwsteen.NAME_MAX + 1);
        description.setLabel(getTranslation("bouwsteen.field.description"));
        description.setId("bouwsteen-description");
        description.setMaxLength(Bouwsteen.DESCRIPTION_MAX + 1);
        type.setLabel(getTranslation("bouwsteen.field.type"));
        type.setItems(BouwsteenTypes.ALL);
        type.setItemLabelGenerator(t -> getTranslation("bouwsteen.type." + t));
        type.setId("bouwsteen-type");
        owner.setLabel(getTranslation("bouwsteen.field.owner"));
        owner.setId("bouwsteen-owner");
        owner.setMaxLength(Bouwsteen.OWNER_MAX + 1);
        phase.setLabel(getTranslation("bouwsteen.field.phase"));
        phase.setItems(ImplementationPhase.values());
        phase.setItemLabelGenerator(p -> getTranslation("bouwsteen.phase." + p.name()));
        phase.setClearButtonVisible(true);
        phase.setId("bouwsteen-phase");
        impact.setLabel(getTranslation("bouwsteen.field.impact"));
        impact.setItems(Impact.values());
        impact.setItemLabelGenerator(i -> getTranslation("bouwsteen.impact." + i.name()));
        impact.setClearButtonVisible(true);
        impact.setId("bouwsteen-impact");
        tableStatus.setLabel(getTranslation("bouwsteen.field.tableStatus"));
        tableStatus.setItems(BouwsteenStatus.values());
        tableStatus.setItemLabelGenerator(s -> getTranslation("bouwsteen.status." + s.name()));
        tableStatus.setClearButtonVisible(true);
        tableStatus.setId("bouwsteen-table-status");
        leadTime.setLabel(getTranslation("bouwsteen.field.leadTimeWeeks"));
        leadTime.setMin(0);
        leadTime.setMax(Bouwsteen.LEAD_TIME_MAX);
        leadTime.setStepButtonsVisible(true);
        leadTime.setId("bouwsteen-lead-time");
        source.setLabel(getTranslation("bouwsteen.field.source"));
        source.setId("bouwsteen-source");
        legalAnchor.setLabel(getTranslation("bouwsteen.field.legalAnchor"));
        legalAnchor.setId("bouwsteen-legal");
        sectorField.setLabel(getTranslation("bouwsteen.field.sectors"));
        sectorField.setId("bouwsteen-sectors");
        List<SectorView> all = sectors.all();
        Map<String, String> labels = new java.util.HashMap<>();
        all.forEach(s -> labels.put(s.code(), s.label()));
        sectorField.setItems(AllSectors.withSectors(all.stream().map(SectorView::code).toList()));
        sectorField.setItemLabelGenerator(c -> AllSectors.label(c, this::getTranslation, labels));
        for (TextField field : List.of(name, owner, source, legalAnchor)) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
        }
        description.setValueChangeMode(ValueChangeMode.EAGER);

        f.forField(name).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.strip().length() <= Bouwsteen.NAME_MAX, getTranslation("validation.tooLong", Bouwsteen.NAME_MAX))
                .bind("name");
        f.forField(description)
                .withValidator(v -> v.strip().length() <= Bouwsteen.DESCRIPTION_MAX,
                        getTranslation("validation.tooLong", Bouwsteen.DESCRIPTION_MAX))
                .bind("description");
        f.forField(type).asRequired(getTranslation("validation.required")).bind("type");
        f.forField(owner).bind("owner");
        f.forField(phase).bind("phase");
        f.forField(impact).bind("impact");
        f.forField(tableStatus).bind("tableStatus");
        f.forField(leadTime).withValidator(v -> v == null || (v >= 0 && v <= Bouwsteen.LEAD_TIME_MAX),
                getTranslation("bouwsteen.leadTime.range", 0, Bouwsteen.LEAD_TIME_MAX)).bind("leadTimeWeeks");
        f.forField(source).bind("source");
        f.forField(legalAnchor).bind("legalAnchor");
        f.forSetField(sectorField, String.class).bind("sectors");
        FormLayout layout = new FormLayout(name, type, owner, phase, impact, tableStatus, leadTime, sectorField, source,
                legalAnchor, description);
        layout.setColspan(name, 2);
        layout.setColspan(description, 3);
        layout.setColspan(sectorField, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("56em", 3));
        return layout;
    }

    private Component perspectives() {
        Bouwsteen saved = saved();
        Div cards = new Div();
        cards.addClassName("tw-perspectives");
        cards.setId("bouwsteen-perspectives");
        cards.add(perspectiveCard(getTranslation("bouwsteen.perspective.table"), Bouwsteen.TABLE, saved.tableStatus(), false));
        Set<String> shown = new LinkedHashSet<>();
        for (String code : saved.sectors()) {
            if (AllSectors.is(code)) {
                sectors.atTheTable().forEach(s -> shown.add(s.code()));
            } else {
                shown.add(code);
            }
        }
        shown.addAll(saved.sectorStatuses().keySet());
        if (user.sectorCode() != null && (saved.sectors().contains(AllSectors.CODE) || saved.sectors().contains(user.sectorCode()))) {
            shown.add(user.sectorCode());
        }
        for (String sector : shown) {
            cards.add(perspectiveCard(sector, sector, saved.sectorStatuses().get(sector), service.maySetSectorStatus(sector)));
        }
        VerticalLayout layout = new VerticalLayout(cards, muted(getTranslation("bouwsteen.perspective.help")));
        layout.setPadding(false);
        return layout;
    }

    private Component perspectiveCard(String title, String key, @Nullable BouwsteenStatus status, boolean editable) {
        Div card = new Div();
        card.addClassName("tw-perspective");
        card.getElement().setAttribute("data-perspective", key);
        Span heading = new Span(title);
        heading.addClassName("tw-perspective-title");
        card.add(heading, Badges.status(this, status));
        if (editable) {
            ComboBox<BouwsteenStatus> choose = new ComboBox<>();
            choose.setAriaLabel(getTranslation("bouwsteen.perspective.set", key));
            choose.setPlaceholder(getTranslation("bouwsteen.perspective.set", key));
            choose.setItems(BouwsteenStatus.values());
            choose.setItemLabelGenerator(s -> getTranslation("bouwsteen.status." + s.name()));
            choose.setClearButtonVisible(true);
            choose.setValue(status);
            choose.setId("perspective-" + key);
            choose.setWidthFull();
            choose.addValueChangeListener(e -> {
                if (!e.isFromClient() && Objects.equals(e.getValue(), status)) {
                    return;
                }
                try {
                    Bouwsteen changed = service.setSectorStatus(saved().code(), key, e.getValue());
                    Notifications.success(getTranslation("bouwsteen.perspective.saved", key));
                    editor().savedElsewhere(changed);
                } catch (DomainException problem) {
                    Notifications.error(getTranslation(problem.messageKey(), problem.arguments()));
                }
            });
            card.add(choose);
        }
        return card;
    }

    private void createLevels(CoEditedForm<BouwsteenDraft> f) {
        for (AcceptanceCriterion c : AcceptanceCriterion.values()) {
            Select<Integer> level = new Select<>();
            level.setItems(0, 1, 2, 3);
            level.setItemLabelGenerator(l -> getTranslation("bouwsteen.level." + l));
            level.setAriaLabel(getTranslation("bouwsteen.criterion." + c.name()));
            level.setId("level-" + c.name());
            f.forField(level).bind(BouwsteenFields.levelField(c));
            levels.put(c, level);
        }
    }

    private Component maturity() {
        MaturityRow row = service.maturity(saved().code());
        ImplementationPhase next = row.nextPhase();
        ImplementationPhase target = next != null ? next : row.phase();
        Div table = new Div();
        table.addClassName("tw-maturity");
        table.setId("bouwsteen-maturity");
        table.add(cell("bouwsteen.maturity.criterion", true), cell("bouwsteen.maturity.current", true),
                headerCell(target == null ? getTranslation("bouwsteen.maturity.final")
                        : getTranslation("bouwsteen.maturity.required", getTranslation("bouwsteen.phase." + target.name()))),
                cell("bouwsteen.maturity.gap", true));
        for (AcceptanceCriterion c : AcceptanceCriterion.values()) {
            Select<Integer> level = levels.get(c);
            int gap = row.gap(c);
            Span gapText = new Span(gap == 0 ? "✓ " + getTranslation("bouwsteen.maturity.noGap") : "▼ " + gap);
            gapText.addClassName(gap == 0 ? "tw-gap-none" : "tw-gap");
            table.add(new Span(getTranslation("bouwsteen.criterion." + c.name())), level,
                    new Span(String.valueOf(row.required().get(c))), gapText);
        }
        Span readiness = new Span(target == null || (next == null && row.readyForNext())
                ? getTranslation("bouwsteen.maturity.final")
                : getTranslation(row.readyForNext() ? "bouwsteen.maturity.ready" : "bouwsteen.maturity.notReady",
                getTranslation("bouwsteen.phase." + target.name())));
        readiness.addClassNames("tw-badge", row.readyForNext() ? "tw-status-in_uitvoering" : "tw-status-volgend");
        readiness.setId("bouwsteen-readiness");
        VerticalLayout layout = new VerticalLayout(readiness, table);
        layout.setPadding(false);
        return layout;
    }

    private Component dependencies() {
        Bouwsteen saved = saved();
        List<DependencyLink> needs = service.needs(saved.code());
        List<DependencyLink> neededBy = service.neededBy(saved.code());
        Div columns = new Div();
        columns.addClassName("tw-dependency-columns");
        columns.add(dependencyList("bouwsteen.dependencies.needs", "bouwsteen.dependencies.needs.none", needs, true, "needs"),
                dependencyList("bouwsteen.dependencies.neededBy", "bouwsteen.dependencies.neededBy.none", neededBy, false, "needed-by"));
        Set<String> allNeeds = service.neededTransitively(saved.code());
        Set<String> allNeeding = service.needingTransitively(saved.code());
        Paragraph transitiveNeeds = new Paragraph(getTranslation("bouwsteen.dependencies.transitiveNeeds", list(allNeeds)));
        transitiveNeeds.setId("bouwsteen-transitive-needs");
        Paragraph transitiveNeeding = new Paragraph(getTranslation("bouwsteen.dependencies.transitiveNeededBy", list(allNeeding)));
        transitiveNeeding.setId("bouwsteen-transitive-needed-by");
        CriticalPath path = service.criticalPath(saved.code());
        Paragraph critical = new Paragraph(getTranslation("bouwsteen.criticalPath", path.weeks(), String.join(" → ", path.chain())));
        critical.setId("bouwsteen-critical-path");
        VerticalLayout layout = new VerticalLayout(columns, transitiveNeeds, transitiveNeeding, critical);
        if (!path.unknownLeadTimes().isEmpty()) {
            layout.add(muted(getTranslation("bouwsteen.criticalPath.unknown", String.join(", ", path.unknownLeadTimes()))));
        }
        layout.setPadding(false);
        if (service.mayPropose()) {
            ComboBox<BouwsteenListItem> target = new ComboBox<>();
            target.setLabel(getTranslation("bouwsteen.dependency.target"));
            target.setItems(service.all().stream().filter(b -> !b.code().equals(saved.code())).toList());
            target.setItemLabelGenerator(b -> b.code() + " · " + b.name());
            target.setId("dependency-target");
            target.setWidth("22rem");
            TextField reason = new TextField(getTranslation("bouwsteen.dependency.reason"));
            reason.setId("dependency-reason");
            reason.setMaxLength(Bouwsteen.REASON_MAX + 1);
            reason.setWidth("24rem");
            Button add = new Button(getTranslation(mayEdit ? "bouwsteen.dependency.add" : "bouwsteen.dependency.propose"), e -> {
                target.setInvalid(false);
                reason.setInvalid(false);
                try {
                    DependencyLink added = service.addDependency(saved.code(), target.getValue() == null ? "" : target.getValue().code(),
                            reason.getValue());
                    Notifications.success(getTranslation("bouwsteen.dependency.added", added.fromCode(), added.toCode()));
                    build();
                } catch (DomainException problem) {
                    HasValidation field = "reason".equals(problem.field()) ? reason : target;
                    field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
                    field.setInvalid(true);
                }
            });
            add.setId("dependency-add");
            HorizontalLayout form = new HorizontalLayout(target, reason, add);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            layout.add(form);
        }
        return layout;
    }

    private Component dependencyList(String titleKey, String emptyKey, List<DependencyLink> links, boolean outgoing, String id) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.addClassName("tw-dependency-list");
        box.setId("dependencies-" + id);
        H3 title = new H3(getTranslation(titleKey));
        box.add(title);
        if (links.isEmpty()) {
            box.add(muted(getTranslation(emptyKey)));
            return box;
        }
        UnorderedList list = new UnorderedList();
        for (DependencyLink d : links) {
            String otherCode = outgoing ? d.toCode() : d.fromCode();
            String otherName = outgoing ? d.toName() : d.fromName();
            RouterLink link = new RouterLink(otherCode + " · " + otherName, BouwsteenDetailView.class, params(otherCode));
            ListItem item = new ListItem(link);
            if (d.reason() != null) {
                Span reason = new Span(" — " + d.reason());
                reason.addClassName("tw-muted");
                item.add(reason);
            }
            if (d.proposalState() == ProposalState.VOORGESTELD) {
                item.add(Badges.proposal(this, d.proposalState()));
            }
            if (mayEdit) {
                if (d.proposalState() == ProposalState.VOORGESTELD) {
                    Button confirm = new Button(getTranslation("bouwsteen.dependency.confirm"), e -> {
                        service.confirmDependency(d.fromCode(), d.toCode());
                        Notifications.success(getTranslation("bouwsteen.dependency.confirmed", d.fromCode(), d.toCode()));
                        build();
                    });
                    confirm.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                    confirm.setAriaLabel(getTranslation("bouwsteen.dependency.confirmAria", d.fromCode(), d.toCode()));
                    confirm.setId("confirm-" + d.fromCode() + "-" + d.toCode());
                    item.add(confirm);
                }
                Button remove = new Button(getTranslation("bouwsteen.dependency.remove"), e -> {
                    service.removeDependency(d.fromCode(), d.toCode());
                    Notifications.success(getTranslation("bouwsteen.dependency.removed", d.fromCode(), d.toCode()));
                    build();
                });
                remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                remove.setAriaLabel(getTranslation("bouwsteen.dependency.removeAria", d.fromCode(), d.toCode()));
                item.add(remove);
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private Component vraagstukken() {
        List<LinkedVraagstuk> linked = service.vraagstukken(saved().code());
        if (linked.isEmpty()) {
            return muted(getTranslation("bouwsteen.vraagstukken.none"));
        }
        UnorderedList list = new UnorderedList();
        list.setId("bouwsteen-vraagstukken");
        linked.forEach(v -> list.add(new ListItem(v.code() + " · " + v.title())));
        return list;
    }

    private Component history() {
        List<HistoryEntry> entries = service.history(saved().code());
        if (entries.isEmpty()) {
            return muted(getTranslation("bouwsteen.history.empty"));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("tw-history");
        list.setId("bouwsteen-history");
        for (HistoryEntry entry : entries.subList(0, Math.min(entries.size(), 50))) {
            ListItem item = new ListItem();
            Span when = new Span(DateTimes.dateTime(getLocale(), entry.at()) + " · " + entry.who());
            when.addClassName("tw-muted");
            Span what = new Span(fieldLabel(entry.field()) + ": "
                    + getTranslation("bouwsteen.history.change", show(entry.oldValue()), show(entry.newValue())));
            item.add(when, new Div(what));
            list.add(item);
        }
        return list;
    }

    /** An edited field is labelled as the catalogue says; the others are "field" or "field.sector" (a sector's status). */
    private String fieldLabel(String field) {
        Optional<EditableField<BouwsteenChange>> edited = BouwsteenFields.CATALOGUE.field(field);
        if (edited.isPresent()) {
            return getTranslation(edited.get().labelKey());
        }
        int dot = field.indexOf('.');
        if (dot < 0) {
            return getTranslation("bouwsteen.field." + field);
        }
        return getTranslation("bouwsteen.field." + field.substring(0, dot)) + " " + field.substring(dot + 1);
    }

    private String show(@Nullable String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private String list(Set<String> codes) {
        return codes.isEmpty() ? getTranslation("bouwsteen.dependencies.noneShort") : String.join(", ", codes);
    }

    private Component section(String titleKey, Component content) {
        Div section = new Div();
        section.addClassName("tw-section");
        H3 title = new H3(getTranslation(titleKey));
        section.add(title, content);
        return section;
    }

    private Span cell(String key, boolean header) {
        Span span = new Span(getTranslation(key));
        if (header) {
            span.addClassName("tw-maturity-head");
        }
        return span;
    }

    private Span headerCell(String text) {
        Span span = new Span(text);
        span.addClassName("tw-maturity-head");
        return span;
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("tw-muted");
        return span;
    }

    // ---- saving ----

    private CoEditor.Store<Bouwsteen, BouwsteenDraft> store() {
        return CoEditor.store(BouwsteenDraft::of, b -> service.find(b.code()), (b, draft, baseVersion) -> {
            try {
                return new CoEditor.Saved<>(service.save(b.code(), draft.toChange(baseVersion)));
            } catch (BouwsteenConflictException conflict) {
                return new CoEditor.Stale<>(conflict.current());
            }
        });
    }

    private void confirm() {
        Bouwsteen confirmed = service.confirm(saved().code());
        Notifications.success(getTranslation("bouwsteen.confirmed", confirmed.code()));
        editor().savedElsewhere(confirmed);
    }

    private void reject() {
        String code = saved().code();
        service.reject(code);
        Notifications.success(getTranslation("bouwsteen.rejected", code));
        getUI().ifPresent(ui -> ui.navigate(BouwsteenCatalogueView.class));
    }

    @Override
    public String getPageTitle() {
        return (editor == null ? getTranslation("bouwstenen.title") : saved().code() + " · " + saved().name()) + " · Tafelwerk";
    }
}
