package nl.tafelwerk.agenda.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
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
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.tafelwerk.agenda.HistoryEntry;
import nl.tafelwerk.agenda.LifecycleAction;
import nl.tafelwerk.agenda.ScreeningGate;
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
import nl.tafelwerk.collaboration.ui.CommentThreadPanel;
import nl.tafelwerk.collaboration.ui.PresenceAvatars;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.meetings.GremiumView;
import nl.tafelwerk.shared.AllSectors;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.ConflictDialog;
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

    private static final String SAVED_KEY = "saved";

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
    private final CheckboxGroup<ScreeningGate> screening = new CheckboxGroup<>();
    private final Button saveScreening = new Button();
    private final VerticalLayout screeningBox = new VerticalLayout();
    private final VerticalLayout historyList = new VerticalLayout();
    private final Button save = new Button();
    private final H2 heading = new H2();

    private @Nullable CoEditedForm<VraagstukForm> form;
    private @Nullable Vraagstuk saved;
    private @Nullable SharedValues sharedState;
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
        if (saved != null && saved.code().equals(code)) {
            return;
        }
        saved = v;
        build(v);
    }

    private Vraagstuk current() {
        return Objects.requireNonNull(saved);
    }

    private CoEditedForm<VraagstukForm> form() {
        return Objects.requireNonNull(form);
    }

    // ------------------------------------------------------------------ layout

    private void build(Vraagstuk v) {
        removeAll();
        form = new CoEditedForm<>(VraagstukForm.class, me);
        Anchor back = new Anchor("voorraadagenda", "← " + getTranslation("agenda.back"));
        back.setId("vraagstuk-back");
        heading.setText(v.code() + " · " + v.title());
        heading.setId("vraagstuk-heading");
        heading.addClassName("tw-vraagstuk-title");
        PresenceAvatars avatars = new PresenceAvatars(me, AgendaTopics.item(v.code()), getTranslation("agenda.item.presence"));
        avatars.setId("vraagstuk-presence");
        statusBox.setId("vraagstuk-status");
        HorizontalLayout top = new HorizontalLayout(statusBox, avatars, saveState);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setWidthFull();
        top.expand(avatars);

        configureFields();
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
        save.addClickListener(e -> save());
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

        form().connect(AgendaTopics.item(v.code()), () -> VraagstukForm.of(current()));
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
        for (HasValue<?, ?> field : fields()) {
            field.addValueChangeListener(e -> showState());
        }
    }

    private List<HasValue<?, ?>> fields() {
        return List.of(title, type, source, urgency, description, rationale, submittedBySector, affectedSectors,
                bouwstenen, gremiumCode, workingGroup, owner, nextMeeting);
    }


    private void configureScreening() {
        screeningBox.removeAll();
        screeningBox.setPadding(false);
        screeningBox.setId("vraagstuk-screening");
        screeningBox.addClassName("tw-screening");
        screening.setLabel(getTranslation("agenda.screening.title"));
        screening.setItems(ScreeningGate.values());
        screening.setItemLabelGenerator(g -> getTranslation(g.messageKey()));
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
                screeningBox.add(screening, saveScreening);
            }
            screening.setValue(v.screening());
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
        showState();
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

    private void save() {
        clearErrors();
        VraagstukForm draft = new VraagstukForm();
        if (!form().binder().writeBeanIfValid(draft)) {
            showState();
            return;
        }
        saveDraft(draft, current().version());
    }

    private void saveDraft(VraagstukForm draft, long baseVersion) {
        try {
            saved = service.update(current().code(), draft.toDraft(baseVersion));
            announceSaved();
            Notifications.success(getTranslation("agenda.saved", current().code()));
            refreshAll();
        } catch (VraagstukConflictException conflict) {
            Vraagstuk theirs = conflict.current();
            new ConflictDialog("agenda-conflict", "agenda-conflict-", getTranslation("agenda.conflict", theirs.updatedBy()),
                    theirs.updatedBy(), differences(draft, VraagstukForm.of(theirs)),
                    getTranslation("agenda.conflict.sameValues"), () -> takeTheirs(theirs),
                    () -> saveDraft(draft, theirs.version())).open();
            saveState.conflict();
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("error.forbidden"));
        } catch (DomainException e) {
            showFieldError(e);
        }
    }

    private List<ConflictDialog.Difference> differences(VraagstukForm mine, VraagstukForm theirs) {
        ConflictDialog.Differences result = new ConflictDialog.Differences();
        compare(result, "title", mine.getTitle(), theirs.getTitle());
        compare(result, "type", label(mine.getType(), VraagstukType::messageKey), label(theirs.getType(), VraagstukType::messageKey));
        compare(result, "source", label(mine.getSource(), VraagstukBron::messageKey), label(theirs.getSource(), VraagstukBron::messageKey));
        compare(result, "urgency", label(mine.getUrgency(), Urgentie::messageKey), label(theirs.getUrgency(), Urgentie::messageKey));
        compare(result, "description", mine.getDescription(), theirs.getDescription());
        compare(result, "rationale", mine.getRationale(), theirs.getRationale());
        compare(result, "submittedBySector", orDash(mine.getSubmittedBySector()), orDash(theirs.getSubmittedBySector()));
        compare(result, "affectedSectors", String.join(", ", new TreeSet<>(mine.getAffectedSectors())),
                String.join(", ", new TreeSet<>(theirs.getAffectedSectors())));
        compare(result, "bouwstenen", String.join(", ", new TreeSet<>(mine.getBouwstenen())),
                String.join(", ", new TreeSet<>(theirs.getBouwstenen())));
        compare(result, "gremiumCode", orDash(mine.getGremiumCode()), orDash(theirs.getGremiumCode()));
        compare(result, "workingGroup", mine.getWorkingGroup(), theirs.getWorkingGroup());
        compare(result, "owner", mine.getOwner(), theirs.getOwner());
        compare(result, "nextMeeting", String.valueOf(mine.getNextMeeting()), String.valueOf(theirs.getNextMeeting()));
        return result.list();
    }

    private <E> String label(@Nullable E value, Function<E, String> key) {
        return value == null ? "—" : getTranslation(key.apply(value));
    }

    private void compare(ConflictDialog.Differences result, String field, String mine, String theirs) {
        result.compare(getTranslation("agenda.field." + field), mine, theirs);
    }

    private void takeTheirs(Vraagstuk theirs) {
        saved = theirs;
        VraagstukForm values = VraagstukForm.of(theirs);
        title.setValue(values.getTitle());
        type.setValue(values.getType());
        source.setValue(values.getSource());
        urgency.setValue(values.getUrgency());
        description.setValue(values.getDescription());
        rationale.setValue(values.getRationale());
        submittedBySector.setValue(values.getSubmittedBySector());
        affectedSectors.setValue(values.getAffectedSectors());
        bouwstenen.setValue(values.getBouwstenen());
        gremiumCode.setValue(values.getGremiumCode());
        workingGroup.setValue(values.getWorkingGroup());
        owner.setValue(values.getOwner());
        nextMeeting.setValue(values.getNextMeeting());
        refreshAll();
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
            saved = service.transition(current().code(), action, reason, current().version());
            announceSaved();
            Notifications.success(getTranslation("agenda.stepped", getTranslation(current().status().messageKey())));
            refreshAll();
        } catch (VraagstukConflictException conflict) {
            saved = conflict.current();
            Notifications.error(getTranslation("agenda.conflict.step", conflict.current().updatedBy()));
            refreshAll();
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("error.forbidden"));
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void saveScreening() {
        try {
            saved = service.screen(current().code(), Set.copyOf(screening.getValue()), current().version());
            announceSaved();
            Notifications.success(getTranslation("agenda.screening.saved"));
            refreshAll();
        } catch (VraagstukConflictException conflict) {
            saved = conflict.current();
            Notifications.error(getTranslation("agenda.conflict.step", conflict.current().updatedBy()));
            refreshAll();
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void showFieldError(DomainException e) {
        String message = getTranslation(e.messageKey(), e.arguments());
        HasValidation field = e.field() == null ? null : switch (e.field()) {
            case "title" -> title;
            case "type" -> type;
            case "description" -> description;
            case "rationale" -> rationale;
            case "submittedBySector" -> submittedBySector;
            case "affectedSectors" -> affectedSectors;
            case "bouwstenen" -> bouwstenen;
            case "gremiumCode" -> gremiumCode;
            case "workingGroup" -> workingGroup;
            case "owner" -> owner;
            default -> null;
        };
        FieldFeedback.show(message, field);
    }

    private void clearErrors() {
        List.<HasValidation>of(title, type, description, rationale, submittedBySector, affectedSectors, bouwstenen,
                gremiumCode, workingGroup, owner).forEach(f -> f.setInvalid(false));
    }

    private void showState() {
        if (saved == null) {
            return;
        }
        // Runs for every value that arrives from a co-editor: a plain value comparison, no labels.
        if (!fieldsShow(current())) {
            saveState.unsaved();
        } else {
            saveState.saved(current().updatedBy(), current().updatedAt());
        }
    }

    /** Whether the fields hold exactly the values of {@code v} (nothing unsaved against it). */
    private boolean fieldsShow(Vraagstuk v) {
        return currentValues().sameValuesAs(VraagstukForm.of(v));
    }

    private VraagstukForm currentValues() {
        VraagstukForm f = new VraagstukForm();
        f.setTitle(title.getValue());
        f.setType(type.getValue());
        f.setSource(source.getValue());
        f.setUrgency(urgency.getValue());
        f.setDescription(description.getValue());
        f.setRationale(rationale.getValue());
        f.setSubmittedBySector(submittedBySector.getValue());
        f.setAffectedSectors(affectedSectors.getValue());
        f.setBouwstenen(bouwstenen.getValue());
        f.setGremiumCode(gremiumCode.getValue());
        f.setWorkingGroup(workingGroup.getValue());
        f.setOwner(owner.getValue());
        f.setNextMeeting(nextMeeting.getValue());
        return f;
    }

    // ------------------------------------------------------------------ live

    private void announceSaved() {
        SharedValues state = sharedState;
        if (state != null && state.isConnected()) {
            state.put(SAVED_KEY, current().version() + "|" + me.id());
        }
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
        if (saved == null) {
            return;
        }
        String code = current().code();
        SharedValues state = SharedValues.connect(CollaborationScope.of(this), AgendaTopics.item(code).child("state"), me);
        state.onChange((key, value) -> {
            if (SAVED_KEY.equals(key) && value != null) {
                ui.access(this::reloadSavedVersion);
            }
        });
        sharedState = state;
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
        if (sharedState != null) {
            sharedState.remove();
            sharedState = null;
        }
        if (openRegistry != null) {
            openRegistry.remove();
            openRegistry = null;
        }
    }

    private void reloadSavedVersion() {
        service.find(current().code()).ifPresent(latest -> {
            if (latest.version() == current().version()) {
                return;
            }
            boolean dirty = !fieldsShow(current());
            boolean showsLatest = fieldsShow(latest);
            if (!dirty) {
                takeTheirs(latest);
            } else if (showsLatest) {
                saved = latest;
                refreshAll();
            }
            // else: unsaved input that differs from the new version; keep the old base so saving shows the conflict
        });
    }

    @Override
    public String getPageTitle() {
        return saved == null ? getTranslation("agenda.title") + " · Tafelwerk"
                : current().code() + " " + current().title() + " · Tafelwerk";
    }
}
