package nl.tafelwerk.meetings.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.tafelwerk.collaboration.CollaborationScope;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.SharedValues;
import nl.tafelwerk.collaboration.ui.CoEditor;
import nl.tafelwerk.collaboration.ui.PresenceAvatars;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.UserDirectory;
import nl.tafelwerk.meetings.AgendaItem;
import nl.tafelwerk.meetings.Decision;
import nl.tafelwerk.meetings.DecisionOutcome;
import nl.tafelwerk.meetings.GremiumService;
import nl.tafelwerk.meetings.MeetingLinkTargets;
import nl.tafelwerk.meetings.GremiumView;
import nl.tafelwerk.meetings.ItemMinutes;
import nl.tafelwerk.meetings.Meeting;
import nl.tafelwerk.meetings.MeetingAction;
import nl.tafelwerk.meetings.MeetingService;
import nl.tafelwerk.meetings.MeetingState;
import nl.tafelwerk.meetings.MeetingStep;
import nl.tafelwerk.meetings.MinutesConflictException;
import nl.tafelwerk.meetings.Quorum;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;
import nl.tafelwerk.shared.ui.SaveStateBadge;
import org.jspecify.annotations.Nullable;

/**
 * Meeting mode for the projector: the current agenda item in large type with its linked content, a
 * timer (planned vs used, overrun visible), previous/next with one key (PageUp/PageDown, as presenter
 * clickers send), decisions and actions recorded on the spot and seen live by everyone, and the item's
 * minutes co-edited on the shared editor. Members who opt in follow the chair's item; stepping to
 * another item on their own steps them out until they choose to follow again.
 */
@Route(value = "vergaderingen/:id/vergadermodus", autoLayout = false)
@PermitAll
public class MeetingModeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final GremiumService gremia;
    private final UserDirectory users;
    private final Collaborator me;
    private final boolean leads;

    private final H1 title = new H1();
    private final Span position = new Span();
    private final Span kind = new Span();
    private final Span timer = new Span();
    private final Span quorum = new Span();
    private final Span state = new Span();
    private final Div linked = new Div();
    private final Checkbox follow = new Checkbox();
    private final Button backToChair = new Button();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button close = new Button();
    private final UnorderedList decisionList = new UnorderedList();
    private final UnorderedList actionList = new UnorderedList();
    private final TextField decisionText = new TextField();
    private final Select<DecisionOutcome> outcome = new Select<>();
    private final TextField decisionVraagstuk = new TextField();
    private final Select<GremiumView> decisionGremium = new Select<>();
    private final TextField actionText = new TextField();
    private final ComboBox<AuthenticatedUser> actionOwner = new ComboBox<>();
    private final DatePicker actionDue = new DatePicker();
    private final VerticalLayout leaderForms = new VerticalLayout();
    private final TextArea minutesText = new TextArea();
    private final SaveStateBadge minutesState = new SaveStateBadge("minutes-save-state");
    private final Button minutesSave = new Button();
    private final Div minutesBox = new Div();
    private final Div presence = new Div();

    private @Nullable Meeting meeting;
    private @Nullable Long shownItemId;
    private @Nullable SharedValues live;
    private @Nullable Registration poll;
    private @Nullable CoEditor<ItemMinutes, MinutesDraft> minutesEditor;

    MeetingModeView(MeetingService meetings, UserDirectory users, CurrentUser currentUser, GremiumService gremia) {
        this.meetings = meetings;
        this.gremia = gremia;
        this.users = users;
        this.me = Collaborator.of(currentUser.require());
        this.leads = meetings.mayLead();
        addClassNames("tw-projection", "tw-meeting-mode");
        setWidthFull();

        title.setId("meeting-item-title");
        position.setId("meeting-item-position");
        position.addClassName("tw-meeting-position");
        timer.setId("meeting-timer");
        timer.addClassName("tw-meeting-timer");
        quorum.setId("meeting-quorum");
        quorum.addClassName("tw-meeting-quorum");
        state.setId("meeting-state");
        kind.addClassName("tw-meeting-kind");
        linked.setId("meeting-linked");

        follow.setLabel(getTranslation("meeting.mode.follow"));
        follow.setId("meeting-follow");
        follow.setVisible(!leads);
        follow.addValueChangeListener(e -> {
            if (e.getValue()) {
                followChair();
            }
            renderFollowState();
        });
        backToChair.setText(getTranslation("meeting.mode.backToChair"));
        backToChair.setId("meeting-follow-back");
        backToChair.addClickListener(e -> follow.setValue(true));
        backToChair.setVisible(false);

        previous.setText(getTranslation("meeting.mode.previous"));
        previous.setId("meeting-previous");
        previous.addClickListener(e -> step(-1));
        next.setText(getTranslation("meeting.mode.next"));
        next.setId("meeting-next");
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClickListener(e -> step(1));
        Shortcuts.addShortcutListener(this, () -> step(1), Key.PAGE_DOWN);
        Shortcuts.addShortcutListener(this, () -> step(-1), Key.PAGE_UP);

        close.setText(getTranslation(MeetingStep.SLUITEN.messageKey()));
        close.setId("meeting-close");
        close.addClickListener(e -> {
            try {
                meetings.take(current().id(), MeetingStep.SLUITEN);
                announceChange();
                getUI().ifPresent(ui -> ui.navigate("vergaderingen/" + current().id()));
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });

        HorizontalLayout top = new HorizontalLayout(position, state, presence, quorum, timer);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.expand(presence);
        top.addClassName("tw-meeting-top");
        HorizontalLayout navigation = new HorizontalLayout(previous, next, follow, backToChair, close);
        navigation.setAlignItems(FlexComponent.Alignment.CENTER);

        decisionList.setId("meeting-decisions");
        decisionList.addClassName("tw-meeting-list");
        actionList.setId("meeting-actions");
        actionList.addClassName("tw-meeting-list");
        configureLeaderForms();

        minutesText.setLabel(getTranslation("meeting.minutes.text"));
        minutesText.setId("minutes-text");
        minutesText.setWidthFull();
        minutesText.setMinHeight("8em");
        minutesSave.setText(getTranslation("action.save"));
        minutesSave.setId("minutes-save");
        minutesSave.addClickListener(e -> {
            if (minutesEditor != null) {
                minutesEditor.save();
            }
        });
        minutesBox.addClassName("tw-meeting-minutes");

        H2 decisionsHeading = new H2(getTranslation("meeting.mode.decisions"));
        H2 actionsHeading = new H2(getTranslation("meeting.mode.actions"));
        add(top, title, kind, linked, navigation, decisionsHeading, decisionList, actionsHeading, actionList,
                leaderForms, minutesBox);
    }

    private void configureLeaderForms() {
        decisionText.setLabel(getTranslation("meeting.decision.text"));
        decisionText.setId("decision-text");
        decisionText.setWidth("28em");
        outcome.setLabel(getTranslation("meeting.decision.outcome"));
        outcome.setId("decision-outcome");
        outcome.setItems(DecisionOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation(o.messageKey()));
        outcome.setValue(DecisionOutcome.KENNISGENOMEN);
        decisionVraagstuk.setLabel(getTranslation("meeting.decision.vraagstuk"));
        decisionVraagstuk.setId("decision-vraagstuk");
        decisionGremium.setLabel(getTranslation("meeting.decision.gremium"));
        decisionGremium.setId("decision-gremium");
        decisionGremium.setItems(gremia.all());
        decisionGremium.setItemLabelGenerator(GremiumView::name);
        decisionGremium.setVisible(false);
        outcome.addValueChangeListener(e -> decisionGremium.setVisible(e.getValue() == DecisionOutcome.GREMIUM_KIEZEN));
        Button record = new Button(getTranslation("meeting.decision.record"), e -> recordDecision());
        record.setId("decision-record");
        HorizontalLayout decisionForm = new HorizontalLayout(decisionText, outcome, decisionVraagstuk, decisionGremium,
                record);
        decisionForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        decisionForm.addClassName("tw-wrap");

        actionText.setLabel(getTranslation("meeting.action.description"));
        actionText.setId("action-description");
        actionText.setWidth("28em");
        actionOwner.setLabel(getTranslation("meeting.action.owner"));
        actionOwner.setId("action-owner");
        actionOwner.setItems(users.active());
        actionOwner.setItemLabelGenerator(u -> u.displayName() + (u.sectorCode() == null ? "" : " (" + u.sectorCode() + ")"));
        actionDue.setLabel(getTranslation("meeting.action.dueDate"));
        actionDue.setId("action-due");
        actionDue.setLocale(getLocale());
        Button add = new Button(getTranslation("meeting.action.add"), e -> addAction());
        add.setId("action-add");
        HorizontalLayout actionForm = new HorizontalLayout(actionText, actionOwner, actionDue, add);
        actionForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        actionForm.addClassName("tw-wrap");
        leaderForms.add(decisionForm, actionForm);
        leaderForms.setPadding(false);
        leaderForms.setVisible(leads);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Meeting> found = event.getRouteParameters().getLong("id").flatMap(meetings::find);
        if (found.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        meeting = found.get();
        presence.removeAll();
        presence.add(new PresenceAvatars(me, MeetingTopics.live(meeting.id()), getTranslation("meeting.mode.present")));
        Long chairs = meeting.currentItemId();
        show(chairs != null ? chairs : meeting.items().isEmpty() ? null : meeting.items().getFirst().id());
    }

    private Meeting current() {
        return java.util.Objects.requireNonNull(meeting);
    }

    /** One step along the agenda: the leader moves the meeting; a member moves only their own screen (and stops following). */
    private void step(int direction) {
        List<AgendaItem> items = current().items();
        int index = indexOf(shownItemId);
        int target = Math.max(0, Math.min(items.size() - 1, index + direction));
        if (items.isEmpty() || target == index) {
            return;
        }
        long itemId = items.get(target).id();
        if (leads && current().state() == MeetingState.LOPEND) {
            try {
                meeting = meetings.goTo(current().id(), itemId);
            } catch (DomainException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
                return;
            }
            show(itemId);
            if (live != null && live.isConnected()) {
                live.put(MeetingTopics.CURRENT, String.valueOf(itemId));
            }
        } else {
            if (follow.getValue()) {
                follow.setValue(false);
            }
            show(itemId);
        }
    }

    private int indexOf(@Nullable Long itemId) {
        List<AgendaItem> items = current().items();
        for (int i = 0; i < items.size(); i++) {
            if (itemId != null && items.get(i).id() == itemId) {
                return i;
            }
        }
        return 0;
    }

    private void followChair() {
        meetings.find(current().id()).ifPresent(m -> {
            meeting = m;
            if (m.currentItemId() != null) {
                show(m.currentItemId());
            }
        });
    }

    private void renderFollowState() {
        backToChair.setVisible(!leads && !follow.getValue());
    }

    private void show(@Nullable Long itemId) {
        shownItemId = itemId;
        Meeting m = current();
        state.setText(getTranslation(m.state().messageKey()));
        state.addClassName("tw-status");
        Optional<AgendaItem> item = itemId == null ? Optional.empty() : m.item(itemId);
        if (item.isEmpty()) {
            title.setText(getTranslation("meeting.mode.noItems"));
            position.setText("");
            kind.setText("");
            linked.removeAll();
            renderTimer();
            return;
        }
        AgendaItem shown = item.get();
        title.setText(shown.title());
        position.setText(getTranslation("meeting.mode.position", shown.position(), m.items().size()));
        kind.setText(getTranslation(shown.kind().messageKey())
                + (shown.presenter() == null ? "" : " · " + getTranslation("meeting.item.presenter") + ": " + shown.presenter())
                + " · " + getTranslation("meeting.item.plannedMinutes", shown.plannedMinutes()));
        linked.removeAll();
        Optional<MeetingLinkTargets.LinkTarget> target = meetings.linkedContent(shown);
        String route = target.map(MeetingLinkTargets.LinkTarget::route).orElse(shown.route());
        if (route != null) {
            Anchor open = new Anchor(route, getTranslation("meeting.mode.openLinked", getTranslation(shown.kind().messageKey()),
                    shown.reference()));
            open.setId("meeting-linked-open");
            open.setTarget("_blank");
            linked.add(open);
        }
        target.filter(t -> !t.summary().isEmpty()).ifPresent(t -> {
            UnorderedList lines = new UnorderedList();
            lines.setId("meeting-linked-summary");
            lines.addClassName("tw-meeting-linked-summary");
            t.summary().forEach(line -> lines.add(new ListItem(line)));
            linked.add(lines);
        });
        previous.setEnabled(indexOf(itemId) > 0);
        next.setEnabled(indexOf(itemId) < m.items().size() - 1);
        close.setVisible(meetings.mayTake(MeetingStep.SLUITEN, m));
        leaderForms.setVisible(leads && m.state() == MeetingState.LOPEND);
        decisionVraagstuk.setValue(shown.kind() == nl.tafelwerk.meetings.AgendaItemKind.VRAAGSTUK
                && shown.reference() != null ? shown.reference() : "");
        renderTimer();
        renderOutcomes();
        openMinutes(shown);
    }

    private void renderTimer() {
        Meeting m = current();
        Optional<AgendaItem> item = shownItemId == null ? Optional.empty() : m.item(shownItemId);
        if (item.isEmpty()) {
            timer.setText("");
            return;
        }
        long used = item.get().usedSeconds(m.currentItemId(), m.currentItemSince(), Instant.now());
        long planned = item.get().plannedMinutes() * 60L;
        boolean over = used > planned;
        timer.setText(getTranslation(over ? "meeting.mode.timerOver" : "meeting.mode.timer", clock(used), clock(planned),
                clock(Math.max(0, used - planned))));
        timer.getElement().setAttribute("data-overrun", String.valueOf(over));
        timer.getElement().setAttribute("aria-label", getTranslation("meeting.mode.timerLabel"));
    }

    private static String clock(long seconds) {
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    private void renderOutcomes() {
        Meeting m = current();
        Long itemId = shownItemId;
        decisionList.removeAll();
        actionList.removeAll();
        if (itemId == null) {
            return;
        }
        List<Decision> decisions = meetings.decisions(m.id()).stream().filter(d -> d.itemId() == itemId).toList();
        for (Decision d : decisions) {
            ListItem li = new ListItem(new Span(getTranslation(d.outcome().messageKey()) + ": " + d.text()
                    + (d.vraagstukCode() == null ? "" : " (" + d.vraagstukCode() + ")")
                    + (d.gremiumCode() == null ? "" : " → " + gremiumName(d.gremiumCode()))));
            li.addClassName("tw-meeting-decision");
            decisionList.add(li);
        }
        if (decisions.isEmpty()) {
            decisionList.add(new ListItem(getTranslation("meeting.mode.noDecisions")));
        }
        List<MeetingAction> actions = meetings.actions(m.id()).stream().filter(a -> a.itemId() == itemId).toList();
        for (MeetingAction a : actions) {
            ListItem li = new ListItem(new Span(a.description() + " — " + a.ownerName() + ", "
                    + getTranslation("meeting.action.dueShort", MeetingTexts.day(a.dueDate(), getLocale()))));
            li.addClassName("tw-meeting-action");
            actionList.add(li);
        }
        if (actions.isEmpty()) {
            actionList.add(new ListItem(getTranslation("meeting.mode.noActions")));
        }
        Quorum q = meetings.quorum(m.id());
        quorum.setText(q.reached() ? getTranslation("meeting.quorum.reached")
                : getTranslation("meeting.quorum.missing", String.join(", ", q.missing())));
        quorum.getElement().setAttribute("data-reached", String.valueOf(q.reached()));
    }

    private void recordDecision() {
        Long itemId = shownItemId;
        if (itemId == null) {
            return;
        }
        FieldFeedback.clear(decisionText, decisionVraagstuk, outcome, decisionGremium);
        try {
            GremiumView chosen = decisionGremium.isVisible() ? decisionGremium.getValue() : null;
            meetings.recordDecision(current().id(), itemId, decisionText.getValue(), decisionVraagstuk.getValue(),
                    outcome.getValue(), chosen == null ? null : chosen.code());
            decisionText.clear();
            announceChange();
        } catch (DomainException ex) {
            FieldFeedback.show(getTranslation(ex.messageKey(), ex.arguments()),
                    "vraagstukCode".equals(ex.field()) ? decisionVraagstuk : "outcome".equals(ex.field()) ? outcome
                            : "gremiumCode".equals(ex.field()) ? decisionGremium
                            : "text".equals(ex.field()) ? decisionText : null);
        }
    }

    private String gremiumName(String code) {
        return gremia.all().stream().filter(g -> g.code().equals(code)).map(GremiumView::name).findFirst().orElse(code);
    }

    private void addAction() {
        Long itemId = shownItemId;
        if (itemId == null) {
            return;
        }
        FieldFeedback.clear(actionText, actionOwner, actionDue);
        try {
            AuthenticatedUser owner = actionOwner.getValue();
            meetings.addAction(current().id(), itemId, actionText.getValue(), owner == null ? null : owner.username(),
                    actionDue.getValue());
            actionText.clear();
            announceChange();
        } catch (DomainException ex) {
            FieldFeedback.show(getTranslation(ex.messageKey(), ex.arguments()),
                    "owner".equals(ex.field()) ? actionOwner : "dueDate".equals(ex.field()) ? actionDue
                            : "description".equals(ex.field()) ? actionText : null);
        }
    }

    private void announceChange() {
        meetings.find(current().id()).ifPresent(m -> meeting = m);
        renderOutcomes();
        refreshUntouchedMinutes();
        if (live != null && live.isConnected()) {
            live.put(MeetingTopics.CHANGED, java.util.UUID.randomUUID().toString());
        }
    }

    /** A decision or action just recorded: minutes nobody wrote yet start again from the prefill that now includes it. */
    private void refreshUntouchedMinutes() {
        CoEditor<ItemMinutes, MinutesDraft> editor = minutesEditor;
        Long itemId = shownItemId;
        if (editor != null && itemId != null && !editor.hasUnsavedChanges() && editor.current().neverSaved()) {
            current().item(itemId).ifPresent(this::openMinutes);
        }
    }

    private void openMinutes(AgendaItem item) {
        if (minutesEditor != null) {
            minutesEditor.close();
        }
        minutesBox.removeAll();
        Meeting m = current();
        if (m.state().compareTo(MeetingState.LOPEND) < 0) {
            return;
        }
        long meetingId = m.id();
        long itemId = item.id();
        CoEditor<ItemMinutes, MinutesDraft> editor = new CoEditor<>(minutesBox, MinutesDraft.class, me,
                CoEditor.store(saved -> MinutesDraft.of(saved, meetings.minutesPrefill(meetingId, itemId)),
                        saved -> Optional.of(meetings.minutes(meetingId, itemId)),
                        (saved, values, baseVersion) -> {
                            try {
                                return new CoEditor.Saved<>(meetings.saveMinutes(meetingId, itemId, values.getText(), baseVersion));
                            } catch (MinutesConflictException conflict) {
                                return new CoEditor.Stale<>(conflict.current());
                            }
                        }),
                MinutesDraft.FIELDS, minutesState,
                new CoEditor.ConflictTexts<>("minutes-conflict", "conflict-",
                        theirs -> getTranslation("meeting.minutes.conflict", theirs.updatedBy()), ItemMinutes::updatedBy,
                        "meeting.minutes.sameValues"));
        editor.form().forField(minutesText).bind("text");
        editor.form().binder().setReadOnly(!meetings.mayWriteMinutes(m));
        editor.onSaved(saved -> Notifications.success(getTranslation("meeting.minutes.saved")));
        minutesBox.add(new H2(getTranslation("meeting.minutes.title")), minutesState, minutesText);
        if (meetings.mayWriteMinutes(m)) {
            minutesBox.add(minutesSave);
        }
        minutesEditor = editor;
        editor.open(MeetingTopics.minutes(meetingId, itemId), meetings.minutes(meetingId, itemId));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        if (meeting == null) {
            return;
        }
        SharedValues channel = SharedValues.connect(CollaborationScope.of(this), MeetingTopics.live(current().id()), me);
        channel.onChange((key, value) -> {
            if (MeetingTopics.CURRENT.equals(key) && value != null && !leads) {
                ui.access(() -> {
                    meetings.find(current().id()).ifPresent(m -> meeting = m);
                    if (follow.getValue()) {
                        show(Long.valueOf(value));
                    }
                });
            } else if (MeetingTopics.CHANGED.equals(key)) {
                ui.access(() -> {
                    meetings.find(current().id()).ifPresent(m -> meeting = m);
                    renderOutcomes();
                    refreshUntouchedMinutes();
                });
            }
        });
        live = channel;
        ui.setPollInterval(1000);
        poll = ui.addPollListener(e -> renderTimer());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (minutesEditor != null) {
            minutesEditor.close();
        }
        if (live != null) {
            live.remove();
            live = null;
        }
        if (poll != null) {
            poll.remove();
            poll = null;
            detachEvent.getUI().setPollInterval(-1);
        }
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.mode.title") + " · Tafelwerk";
    }
}
