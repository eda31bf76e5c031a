package nl.tafelwerk.meetings.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import java.util.Optional;
import nl.tafelwerk.collaboration.CollaborationScope;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.SharedValues;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.meetings.AgendaItem;
import nl.tafelwerk.meetings.AgendaItemKind;
import nl.tafelwerk.meetings.Attendance;
import nl.tafelwerk.meetings.Meeting;
import nl.tafelwerk.meetings.MeetingService;
import nl.tafelwerk.meetings.MeetingState;
import nl.tafelwerk.meetings.MeetingStep;
import nl.tafelwerk.meetings.NewAgendaItem;
import nl.tafelwerk.meetings.Quorum;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * One meeting: its state and the next step, the agenda (built from the voorraadagenda by the
 * programme office), attendance with quorum (live), and the way into meeting mode and the minutes.
 */
@Route("vergaderingen/:id")
@PermitAll
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final Collaborator me;
    private final H2 heading = new H2();
    private final Span state = new Span();
    private final HorizontalLayout steps = new HorizontalLayout();
    private final OrderedList agenda = new OrderedList();
    private final Div addItem = new Div();
    private final Div attendance = new Div();
    private final Span quorum = new Span();
    private final HorizontalLayout links = new HorizontalLayout();
    private @Nullable Meeting meeting;
    private @Nullable SharedValues live;

    MeetingView(MeetingService meetings, CurrentUser currentUser) {
        this.meetings = meetings;
        this.me = Collaborator.of(currentUser.require());
        addClassName("tw-meeting");
        heading.setId("meeting-heading");
        state.setId("meeting-state");
        state.addClassName("tw-status");
        agenda.setId("meeting-agenda");
        quorum.setId("meeting-quorum");
        attendance.setId("meeting-attendance");
        HorizontalLayout top = new HorizontalLayout(heading, state);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(top, steps, links, new H3(getTranslation("meeting.agenda.title")), agenda, addItem,
                new H3(getTranslation("meeting.attendance.title")), quorum, attendance);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Meeting> found = event.getRouteParameters().getLong("id").flatMap(meetings::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        meeting = found.get();
        render();
    }

    private Meeting current() {
        return Objects.requireNonNull(meeting);
    }

    private void reload() {
        meetings.find(current().id()).ifPresent(m -> meeting = m);
        render();
    }

    private void render() {
        Meeting m = current();
        heading.setText(getTranslation("meeting.title") + " " + MeetingTexts.whenAndWhere(m, getLocale()));
        state.setText(getTranslation(m.state().messageKey()));
        steps.removeAll();
        for (MeetingStep step : MeetingStep.values()) {
            if (meetings.mayTake(step, m)) {
                Button b = new Button(getTranslation(step.messageKey()), e -> take(step));
                b.setId("meeting-step-" + step.name());
                b.addThemeVariants(ButtonVariant.PRIMARY);
                steps.add(b);
            }
        }
        links.removeAll();
        if (m.state().compareTo(MeetingState.AGENDA_VASTGESTELD) >= 0) {
            Anchor mode = new Anchor("vergaderingen/" + m.id() + "/vergadermodus", getTranslation("meeting.toMeeting"));
            mode.setId("meeting-to-mode");
            mode.addClassName("tw-button-link");
            links.add(mode);
        }
        if (m.state().compareTo(MeetingState.LOPEND) >= 0) {
            Anchor minutes = new Anchor("vergaderingen/" + m.id() + "/verslag", getTranslation("meeting.minutes.print"));
            minutes.setId("meeting-to-minutes");
            links.add(minutes);
        }
        agenda.removeAll();
        if (m.items().isEmpty()) {
            agenda.add(new ListItem(getTranslation("meeting.agenda.emptyHint")));
        }
        boolean editable = meetings.mayPrepare() && m.state() == MeetingState.GEPLAND;
        for (AgendaItem item : m.items()) {
            Span text = new Span(item.title() + " · " + getTranslation(item.kind().messageKey())
                    + (item.presenter() == null ? "" : " · " + item.presenter())
                    + " · " + getTranslation("meeting.item.plannedMinutes", item.plannedMinutes()));
            ListItem li = new ListItem(text);
            String route = meetings.linkedContent(item).map(nl.tafelwerk.meetings.MeetingLinkTargets.LinkTarget::route)
                    .orElse(item.route());
            if (route != null) {
                li.add(new Span(" "), new Anchor(route, getTranslation("meeting.item.open")));
            }
            if (editable) {
                Button remove = new Button(getTranslation("meeting.item.remove"), e -> {
                    meetings.removeItem(m.id(), item.id());
                    changed();
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY);
                li.add(remove);
            }
            agenda.add(li);
        }
        addItem.removeAll();
        if (editable) {
            addItem.add(addItemForm());
        }
        renderAttendance();
    }

    private Div addItemForm() {
        Button fromStock = new Button(getTranslation("meeting.agenda.fromVoorraad",
                meetings.voorraadagendaCandidates(current().id()).size()), e -> {
            meetings.addFromVoorraadagenda(current().id(), 15);
            changed();
        });
        fromStock.setId("meeting-from-voorraad");
        Select<AgendaItemKind> kind = new Select<>();
        kind.setLabel(getTranslation("meeting.item.kind"));
        kind.setId("item-kind");
        kind.setItems(AgendaItemKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(AgendaItemKind.OVERIG);
        TextField reference = new TextField(getTranslation("meeting.item.reference"));
        reference.setId("item-reference");
        reference.setHelperText(getTranslation("meeting.item.reference.help." + kind.getValue().name()));
        kind.addValueChangeListener(e -> reference.setHelperText(e.getValue() == null ? ""
                : getTranslation("meeting.item.reference.help." + e.getValue().name())));
        TextField title = new TextField(getTranslation("meeting.item.title"));
        title.setId("item-title");
        TextField presenter = new TextField(getTranslation("meeting.item.presenter"));
        presenter.setId("item-presenter");
        IntegerField minutes = new IntegerField(getTranslation("meeting.item.minutes"));
        minutes.setId("item-minutes");
        minutes.setValue(15);
        Button add = new Button(getTranslation("meeting.item.add"), e -> {
            FieldFeedback.clear(kind, reference, title, presenter, minutes);
            try {
                meetings.addItem(current().id(), new NewAgendaItem(kind.getValue(), reference.getValue(), title.getValue(),
                        presenter.getValue(), minutes.getValue() == null ? 0 : minutes.getValue()));
                changed();
            } catch (DomainException ex) {
                String field = ex.field();
                FieldFeedback.show(getTranslation(ex.messageKey(), ex.arguments()),
                        "reference".equals(field) ? reference : "title".equals(field) ? title
                                : "presenter".equals(field) ? presenter : "plannedMinutes".equals(field) ? minutes
                                : "kind".equals(field) ? kind : null);
            }
        });
        add.setId("item-add");
        HorizontalLayout form = new HorizontalLayout(kind, reference, title, presenter, minutes, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassName("tw-wrap");
        return new Div(fromStock, form);
    }

    private void renderAttendance() {
        Meeting m = current();
        Quorum q = meetings.quorum(m.id());
        quorum.setText(q.reached() ? getTranslation("meeting.quorum.reached")
                : getTranslation("meeting.quorum.missing", String.join(", ", q.missing())));
        quorum.getElement().setAttribute("data-reached", String.valueOf(q.reached()));
        attendance.removeAll();
        boolean editable = meetings.mayPrepare() && !m.state().isFrozen();
        for (Attendance a : meetings.attendance(m.id())) {
            Checkbox present = new Checkbox(a.displayName() + " · " + getTranslation("role." + a.role().name())
                    + (a.sectorCode() == null ? "" : " · " + a.sectorCode()), a.present());
            present.getElement().setAttribute("data-user", a.username());
            present.setReadOnly(!editable);
            present.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    try {
                        meetings.setPresent(m.id(), a.username(), e.getValue());
                        changed();
                    } catch (DomainException ex) {
                        Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
                    }
                }
            });
            attendance.add(present);
        }
    }

    private void take(MeetingStep step) {
        try {
            meetings.take(current().id(), step);
            changed();
            Notifications.success(getTranslation("meeting.step.done", getTranslation(step.messageKey())));
        } catch (DomainException ex) {
            Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
        }
    }

    private void changed() {
        reload();
        if (live != null && live.isConnected()) {
            live.put(MeetingTopics.CHANGED, java.util.UUID.randomUUID().toString());
        }
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
            if (MeetingTopics.CHANGED.equals(key)) {
                ui.access(this::reload);
            }
        });
        live = channel;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (live != null) {
            live.remove();
            live = null;
        }
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.title") + " · Tafelwerk";
    }
}
