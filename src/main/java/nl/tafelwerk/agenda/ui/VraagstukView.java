package nl.tafelwerk.agenda.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.tafelwerk.agenda.HistoryEntry;
import nl.tafelwerk.agenda.LifecycleAction;
import nl.tafelwerk.agenda.ScreeningGates;
import nl.tafelwerk.agenda.Urgentie;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.agenda.VraagstukBron;
import nl.tafelwerk.agenda.VraagstukConflictException;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.agenda.VraagstukStatus;
import nl.tafelwerk.agenda.VraagstukType;
import nl.tafelwerk.buildingblocks.BouwsteenRef;
import nl.tafelwerk.collaboration.CollaborationScope;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.CommentService;
import nl.tafelwerk.collaboration.SharedValues;
import nl.tafelwerk.collaboration.ui.CoEditedForm;
import nl.tafelwerk.collaboration.ui.CoEditor;
import nl.tafelwerk.collaboration.ui.CommentThreadPanel;
import nl.tafelwerk.collaboration.ui.PresenceAvatars;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.meetings.GremiumView;
import nl.tafelwerk.shared.AllSectors;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.DateTimes;
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;
import nl.tafelwerk.shared.ui.SaveStateBadge;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One vraagstuk, co-edited live: every field of the model, who is here and which field each person
 * is editing, the save state, the lifecycle steps this person may take, the screening checklist,
 * the comments and the history. Deep link: {@code /voorraadagenda/VS-01}.
 */
@Route("voorraadagenda/:code")
@PermitAll
public class VraagstukView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final VraagstukService service;
    private final SectorService sectors;
    private final CommentService comments;
    private final AuthenticatedUser user;
    private final Collaborator me;

    private final TextField title = new TextField();
    private final ComboBox<VraagstukType> type = new ComboBox<>();
    private final Select<VraagstukBron> source = new Select<>();
    private final TextArea description = new TextArea();
    private final TextArea rationale = new TextArea();
    private final Select<Urgentie> urgency = new Select<>();
    private final ComboBox<String> submittedBySector = new ComboBox<>();
    private final MultiSelectComboBox<String> affectedSectors = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> bouwstenen = new MultiSelectComboBox<>();
    private final ComboBox<String> gremiumCode = new ComboBox<>();
    private final TextField workingGroup = new TextField();
    private final TextField owner = new TextField();
    private final DatePicker nextMeeting = new DatePicker();

    private final SaveStateBadge saveState = new SaveStateBadge("vraagstuk-save-state");
    private final Div statusBox = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final CheckboxGroup<String> screening = new CheckboxGroup<>();
    private final Span formerGates = new Span();
    private Map<String, ScreeningGates.Gate> gatesByCode = Map.of();
    private final Button saveScreening = new Button();
    private final VerticalLayout screeningBox = new VerticalLayout();
    private final VerticalLayout historyList = new VerticalLayout();
    private final Button save = new Button();
    private final H2 heading = new H2();

    private @Nullable CoEditor<Vraagstuk, VraagstukForm> editor;
    private @Nullable SharedValues openRegistry;

    VraagstukView(VraagstukService service, SectorService sectors, CommentService comments, CurrentUser currentUser) {
        this.service = service;
        this.sectors = sectors;
        this.comments = comments;
        this.user = currentUser.require();
        this.me = Collaborator.of(user);
        addClassName("tw-vraagstuk");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        Vraagstuk v = service.find(code).orElse(null);
        if (v == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("agenda.unknown", code));
            return;
        }
        if (editor != null && current().code().equals(code)) {
            return;
        }
        build(v);
    }

    private Vraagstuk current() {
        return editor().current();
    }

    private CoEditor<Vraagstuk, VraagstukForm> editor() {
        return Objects.requireNonNull(editor);
    }

    private CoEditedForm<VraagstukForm> form() {
        return editor().form();
    }

    // ------------------------------------------------------------------ layout

    private void build(Vraagstuk v) {
        removeAll();
        if (editor != null) {
            editor.close();
        }
        CoEditor<Vraagstuk, VraagstukForm> newEditor = new CoEditor<>(this, VraagstukForm.class, me, store(), VraagstukForm.FIELDS,
                saveState, new CoEditor.ConflictTexts<>("agenda-conflict", "agenda-conflict-",
                        theirs -> getTranslation("agenda.conflict", theirs.updatedBy()), Vraagstuk::updatedBy,
                        "agenda.conflict.sameValues"));
        newEditor.onSaved(saved -> {
            announceChanged();
            Notifications.success(getTranslation("agenda.saved", saved.code()));
        });
        newEditor.onNewVersion(saved -> refreshAll());
        editor = newEditor;
        configureFields();
        newEditor.open(AgendaTopics.item(v.code()), v);
        Anchor back = new Anchor("voorraadagenda", "← " + getTranslation("agenda.back"));
        back.setId("vraagstuk-back");
        heading.setText(v.code() + " · " + v.title());
        heading.setId("vraagstuk-heading");
        heading.addClassName("tw-vraagstuk-title");
        PresenceAvatars avatars = newEditor.presence(getTranslation("agenda.item.presence"));
        avatars.setId("vraagstuk-presence");
        statusBox.setId("vraagstuk-status");
        HorizontalLayout top = new HorizontalLayout(statusBox, avatars, saveState);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setWidthFull();
        top.expand(avatars);

        FormLayout fields = new FormLayout(title, type, source, urgency, description, rationale, submittedBySector,
                affectedSectors, bouwstenen, gremiumCode, workingGroup, owner, nextMeeting);
        fields.setColspan(title, 2);
        fields.setColspan(description, 2);
        fields.setColspan(rationale, 2);
        fields.setColspan(bouwstenen, 2);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("vraagstuk-save");
        save.addClickListener(e -> editor().save());
        actions.setId("vraagstuk-actions");
        actions.setWrap(true);
        actions.addClassName("tw-actions");

        configureScreening();
        H3 historyTitle = new H3(getTranslation("agenda.history"));
        historyList.setId("vraagstuk-history");
        historyList.setPadding(false);
        historyList.setSpacing(false);
        historyList.addClassName("tw-history");
        Details history = new Details(historyTitle, historyList);
        history.setOpened(true);
        history.setWidthFull();

        VerticalLayout editor = new VerticalLayout(fields, save, actions, screeningBox, history);
        editor.setPadding(false);
        editor.addClassName("tw-vraagstuk-editor");
        CommentThreadPanel thread = new CommentThreadPanel(comments, me, AgendaTopics.item(v.code()), user.canEdit());
        thread.setId("vraagstuk-comments");
        thread.addClassName("tw-side-panel");
        HorizontalLayout body = new HorizontalLayout(editor, thread);
        body.setWidthFull();
        body.setFlexGrow(3, editor);
        body.setFlexGrow(2, thread);
        body.addClassName("tw-master-detail");
        add(back, heading, top, body);

        refreshAll();
        getUI().ifPresent(this::connectLive);
    }

    private void configureFields() {
        title.setLabel(getTranslation("agenda.field.title"));
        title.setId("vraagstuk-title");
        FieldFeedback.limit(title, Vraagstuk.TITLE_MAX);
        type.setLabel(getTranslation("agenda.field.type"));
        type.setItems(VraagstukType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.messageKey()));
        type.setId("vraagstuk-type");
        source.setLabel(getTranslation("agenda.field.source"));
        source.setItems(VraagstukBron.values());
        source.setItemLabelGenerator(s -> s == null ? "—" : getTranslation(s.messageKey()));
        source.setEmptySelectionAllowed(true);
        source.setId("vraagstuk-source");
        urgency.setLabel(getTranslation("agenda.field.urgency"));
        urgency.setItems(Urgentie.values());
        urgency.setItemLabelGenerator(u -> u == null ? "—" : getTranslation(u.messageKey()));
        urgency.setEmptySelectionAllowed(true);
        urgency.setId("vraagstuk-urgency");
        description.setLabel(getTranslation("agenda.field.description"));
        description.setId("vraagstuk-description");
        FieldFeedback.limit(description, Vraagstuk.TEXT_MAX);
        rationale.setLabel(getTranslation("agenda.field.rationale"));
        rationale.setId("vraagstuk-rationale");
        FieldFeedback.limit(rationale, Vraagstuk.TEXT_MAX);
        Map<String, String> sectorNames = sectors.all().stream().collect(Collectors.toMap(SectorView::code, SectorView::label));
        List<String> sectorCodes = sectors.all().stream().map(SectorView::code).toList();
        submittedBySector.setLabel(getTranslation("agenda.field.submittedBySector"));
        submittedBySector.setItems(sectorCodes);
        submittedBySector.setItemLabelGenerator(c -> sectorNames.getOrDefault(c, c));
        submittedBySector.setId("vraagstuk-submitting-sector");
        affectedSectors.setLabel(getTranslation("agenda.field.affectedSectors"));
        affectedSectors.setItems(AllSectors.withSectors(sectorCodes));
        affectedSectors.setItemLabelGenerator(c -> AllSectors.label(c, this::getTranslation, sectorNames));
        affectedSectors.setId("vraagstuk-affected-sectors");
        Map<String, String> bouwsteenNames = service.bouwsteenCatalogue().stream()
                .collect(Collectors.toMap(BouwsteenRef::code, BouwsteenRef::label));
        bouwstenen.setLabel(getTranslation("agenda.field.bouwstenen"));
        bouwstenen.setItems(new TreeSet<>(bouwsteenNames.keySet()));
        bouwstenen.setItemLabelGenerator(c -> bouwsteenNames.getOrDefault(c, c));
        bouwstenen.setId("vraagstuk-bouwstenen");
        Map<String, String> gremiumNames = service.gremia().stream()
                .collect(Collectors.toMap(GremiumView::code, g -> g.code() + " · " + g.name()));
        gremiumCode.setLabel(getTranslation("agenda.field.gremiumCode"));
        gremiumCode.setItems(new TreeSet<>(gremiumNames.keySet()));
        gremiumCode.setItemLabelGenerator(c -> gremiumNames.getOrDefault(c, c));
        gremiumCode.setClearButtonVisible(true);
        gremiumCode.setId("vraagstuk-gremium");
        workingGroup.setLabel(getTranslation("agenda.field.workingGroup"));
        workingGroup.setId("vraagstuk-working-group");
        FieldFeedback.limit(workingGroup, Vraagstuk.WORKING_GROUP_MAX);
        owner.setLabel(getTranslation("agenda.field.owner"));
        owner.setId("vraagstuk-owner");
        FieldFeedback.limit(owner, Vraagstuk.OWNER_MAX);
        nextMeeting.setLabel(getTranslation("agenda.field.nextMeeting"));
        nextMeeting.setId("vraagstuk-next-meeting");
        nextMeeting.setLocale(getLocale());

        CoEditedForm<VraagstukForm> f = form();
        f.forField(title).asRequired(getTranslation("validation.required"))
                .withValidator(v -> v.strip().length() <= Vraagstuk.TITLE_MAX, getTranslation("validation.tooLong", Vraagstuk.TITLE_MAX))
                .bind("title");
        f.forField(type).asRequired(getTranslation("validation.required")).bind("type");
        f.forField(source).bind("source");
        f.forField(urgency).bind("urgency");
        f.forField(description)
                .withValidator(v -> v.strip().length() <= Vraagstuk.TEXT_MAX, getTranslation("validation.tooLong", Vraagstuk.TEXT_MAX))
                .bind("description");
        f.forField(rationale)
                .withValidator(v -> v.strip().length() <= Vraagstuk.TEXT_MAX, getTranslation("validation.tooLong", Vraagstuk.TEXT_MAX))
                .bind("rationale");
        f.forField(submittedBySector).bind("submittedBySector");
        f.forSetField(affectedSectors, String.class).bind("affectedSectors");
        f.forSetField(bouwstenen, String.class).bind("bouwstenen");
        f.forField(gremiumCode).bind("gremiumCode");
        f.forField(workingGroup)
                .withValidator(v -> v.strip().length() <= Vraagstuk.WORKING_GROUP_MAX, getTranslation("validation.tooLong", Vraagstuk.WORKING_GROUP_MAX))
                .bind("workingGroup");
        f.forField(owner)
                .withValidator(v -> v.strip().length() <= Vraagstuk.OWNER_MAX, getTranslation("validation.tooLong", Vraagstuk.OWNER_MAX))
                .bind("owner");
        f.forField(nextMeeting).bind("nextMeeting");
    }


    private void configureScreening() {
        screeningBox.removeAll();
        screeningBox.setPadding(false);
        screeningBox.setId("vraagstuk-screening");
        screeningBox.addClassName("tw-screening");
        screening.setLabel(getTranslation("agenda.screening.title"));
        screening.setItemLabelGenerator(code -> {
            ScreeningGates.Gate gate = gatesByCode.get(code);
            return gate == null ? code : gate.name() + " (" + code + ")";
        });
        formerGates.setId("vraagstuk-screening-former");
        formerGates.addClassName("tw-muted");
        screening.addThemeName("vertical");
        screening.setId("vraagstuk-screening-gates");
        saveScreening.setText(getTranslation("agenda.screening.save"));
        saveScreening.setId("vraagstuk-screening-save");
        saveScreening.addClickListener(e -> saveScreening());
    }

    /** Brings everything that depends on the saved state (status, permissions, steps, screening, history) up to date. */
    private void refreshAll() {
        Vraagstuk v = current();
        heading.setText(v.code() + " · " + v.title());
        statusBox.removeAll();
        statusBox.add(new StatusBadge(v.status()));
        if (v.statusReason() != null) {
            Span reason = new Span(getTranslation("agenda.statusReason", v.statusReason()));
            reason.addClassName("tw-muted");
            reason.setId("vraagstuk-status-reason");
            statusBox.add(reason);
        }
        boolean mayEdit = service.mayEdit(v);
        form().binder().setReadOnly(!mayEdit);
        gremiumCode.setReadOnly(!mayEdit || !service.mayAssignGremium());
        nextMeeting.setReadOnly(!mayEdit || !service.maySchedule());
        submittedBySector.setReadOnly(!mayEdit || user.sectorCode() != null && !service.maySchedule());
        save.setVisible(mayEdit);

        actions.removeAll();
        for (LifecycleAction action : service.availableActions(v)) {
            Button b = new Button(getTranslation(action.messageKey()), e -> step(action));
            b.setId("action-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            if (action.to().isFinal() || action == LifecycleAction.TERUGSTUREN || action == LifecycleAction.PARKEREN) {
                b.addThemeVariants(ButtonVariant.TERTIARY);
            }
            actions.add(b);
        }
        actions.setVisible(actions.getComponentCount() > 0);

        boolean showScreening = v.status() == VraagstukStatus.IN_TOETSING || !v.screening().isEmpty();
        screeningBox.setVisible(showScreening);
        if (showScreening) {
            // Attached only once shown: a hidden checkbox group keeps each of its checkbox updates as
            // pending browser work for as long as it stays hidden, and every push of this UI scans that.
            if (screeningBox.getComponentCount() == 0) {
                screeningBox.add(screening, formerGates, saveScreening);
            }
            // The gates of the framework published now; a gate passed under an older version and dropped since
            // is named below the list, so old screenings stay readable.
            Map<String, ScreeningGates.Gate> gates = new LinkedHashMap<>();
            service.screeningGates().forEach(g -> gates.put(g.code(), g));
            if (!gates.equals(gatesByCode)) {
                gatesByCode = gates;
                screening.setItems(List.copyOf(gates.keySet()));
            }
            screening.setValue(v.screening().stream().filter(gates::containsKey).collect(Collectors.toSet()));
            List<String> former = v.screening().stream().filter(code -> !gates.containsKey(code)).sorted().toList();
            formerGates.setText(former.isEmpty() ? "" : getTranslation("agenda.screening.formerGates", String.join(", ", former)));
            formerGates.setVisible(!former.isEmpty());
            boolean mayScreen = service.mayScreen(v);
            screening.setReadOnly(!mayScreen);
            saveScreening.setVisible(mayScreen);
        }

        historyList.removeAll();
        List<HistoryEntry> entries = service.history(v.code());
        if (entries.isEmpty()) {
            historyList.add(new Paragraph(getTranslation("agenda.history.empty")));
        }
        for (HistoryEntry h : entries) {
            historyList.add(historyLine(h));
        }
        editor().refreshState();
    }

    private Div historyLine(HistoryEntry h) {
        Span when = new Span(DateTimes.dateTime(getLocale(), h.at()) + " · " + h.actorName());
        when.addClassName("tw-muted");
        String what = switch (h.kind()) {
            case CREATED -> getTranslation("agenda.history.created", h.newValue());
            case IMPORTED -> getTranslation("agenda.history.imported", h.newValue(), orDash(h.reason()));
            case STATUS -> getTranslation("agenda.history.status", statusLabel(h.oldValue()), statusLabel(h.newValue()));
            case POSITION -> getTranslation("agenda.history.position", h.oldValue(), h.newValue());
            case SCREENING -> getTranslation("agenda.history.screening", orDash(h.newValue()));
            case FIELD -> getTranslation("agenda.history.field", getTranslation("agenda.field." + h.field()),
                    orDash(display(h.field(), h.oldValue())), orDash(display(h.field(), h.newValue())));
        };
        Div line = new Div(when, new Div(new Span(what)));
        if (h.reason() != null && h.kind() != HistoryEntry.Kind.IMPORTED) {
            Span reason = new Span(getTranslation("agenda.history.reason", h.reason()));
            reason.addClassName("tw-history-reason");
            line.add(reason);
        }
        line.addClassName("tw-history-line");
        line.getElement().setAttribute("data-kind", h.kind().name());
        return line;
    }

    private String statusLabel(@Nullable String name) {
        return name == null ? "—" : getTranslation("agenda.status." + name);
    }

    private @Nullable String display(@Nullable String field, @Nullable String value) {
        if (value == null || field == null) {
            return value;
        }
        return switch (field) {
            case "type" -> getTranslation("agenda.type." + value);
            case "source" -> getTranslation("agenda.source." + value);
            case "urgency" -> getTranslation("agenda.urgency." + value);
            default -> value;
        };
    }

    private static String orDash(@Nullable String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    // ------------------------------------------------------------------ saving

    private CoEditor.Store<Vraagstuk, VraagstukForm> store() {
        return new CoEditor.Store<>() {
            @Override
            public VraagstukForm values(Vraagstuk v) {
                return VraagstukForm.of(v);
            }

            @Override
            public long version(Vraagstuk v) {
                return v.version();
            }

            @Override
            public String savedBy(Vraagstuk v) {
                return v.updatedBy();
            }

            @Override
            public Instant savedAt(Vraagstuk v) {
                return v.updatedAt();
            }

            @Override
            public Optional<Vraagstuk> reload(Vraagstuk v) {
                return service.find(v.code());
            }

            @Override
            public CoEditor.Outcome<Vraagstuk> save(Vraagstuk v, VraagstukForm values, long baseVersion) {
                try {
                    return new CoEditor.Saved<>(service.update(v.code(), values.toDraft(baseVersion)));
                } catch (VraagstukConflictException conflict) {
                    return new CoEditor.Stale<>(conflict.current());
                }
            }
        };
    }

    private void step(LifecycleAction action) {
        if (action.reasonRequired() || action == LifecycleAction.BESLUIT_VASTLEGGEN) {
            new ReasonDialog(action, reason -> doStep(action, reason)).open();
        } else {
            doStep(action, null);
        }
    }

    private void doStep(LifecycleAction action, @Nullable String reason) {
        try {
            Vraagstuk stepped = service.transition(current().code(), action, reason, current().version());
            editor().savedElsewhere(stepped);
            announceChanged();
            Notifications.success(getTranslation("agenda.stepped", getTranslation(stepped.status().messageKey())));
        } catch (VraagstukConflictException conflict) {
            editor().savedElsewhere(conflict.current());
            Notifications.error(getTranslation("agenda.conflict.step", conflict.current().updatedBy()));
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("error.forbidden"));
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void saveScreening() {
        try {
            Vraagstuk screened = service.screen(current().code(), Set.copyOf(screening.getValue()), current().version());
            editor().savedElsewhere(screened);
            announceChanged();
            Notifications.success(getTranslation("agenda.screening.saved"));
        } catch (VraagstukConflictException conflict) {
            editor().savedElsewhere(conflict.current());
            Notifications.error(getTranslation("agenda.conflict.step", conflict.current().updatedBy()));
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    // ------------------------------------------------------------------ live

    /** Tells the agenda grid that something about this vraagstuk changed. */
    private void announceChanged() {
        SharedValues changes = openRegistry;
        if (changes != null && changes.isConnected()) {
            changes.put(AgendaTopics.CHANGED, System.nanoTime() + "|" + me.id());
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        connectLive(attachEvent.getUI());
    }

    private void connectLive(UI ui) {
        disconnectLive();
        if (editor == null) {
            return;
        }
        String code = current().code();
        // One topic for "who has what open" and "something changed": the agenda grid listens to both.
        SharedValues agenda = SharedValues.connect(CollaborationScope.of(this), AgendaTopics.LIVE, me);
        String key = me.id() + "#" + ui.getUIId();
        agenda.whenConnected(() -> agenda.putWhileConnected(key, code + "|" + me.name()));
        openRegistry = agenda;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        disconnectLive();
        super.onDetach(detachEvent);
    }

    private void disconnectLive() {
        if (openRegistry != null) {
            openRegistry.remove();
            openRegistry = null;
        }
    }

    @Override
    public String getPageTitle() {
        return editor == null ? getTranslation("agenda.title") + " · Tafelwerk"
                : current().code() + " " + current().title() + " · Tafelwerk";
    }
}
