package nl.tafelwerk.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import nl.tafelwerk.meetings.ActionStatus;
import nl.tafelwerk.meetings.Meeting;
import nl.tafelwerk.meetings.MeetingAction;
import nl.tafelwerk.meetings.MeetingService;
import nl.tafelwerk.meetings.NewMeeting;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;

/** Vergaderingen: every meeting with its state, planning a new one, "Mijn acties" and the secretariat's open actions per sector. */
@Route("vergaderingen")
@PermitAll
@Menu(title = "nav.meetings", order = 40, icon = "icons/table.svg")
public class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    private final MeetingService meetings;
    private final UnorderedList list = new UnorderedList();
    private final Div myActions = new Div();
    private final Div bySector = new Div();

    MeetingsView(MeetingService meetings) {
        this.meetings = meetings;
        addClassName("tw-meetings");
        list.setId("meetings-list");
        list.addClassName("tw-meeting-list");
        add(new H2(getTranslation("meeting.list.title")), list);
        if (meetings.mayPrepare()) {
            add(planForm());
        }
        myActions.setId("my-actions");
        add(new H2(getTranslation("meeting.myActions.title")), myActions);
        if (meetings.mayPrepare()) {
            bySector.setId("actions-by-sector");
            add(new H2(getTranslation("meeting.actionsBySector.title")), bySector);
        }
        render();
    }

    private HorizontalLayout planForm() {
        DateTimePicker starts = new DateTimePicker(getTranslation("meeting.startsAt"));
        starts.setId("meeting-starts");
        starts.setLocale(getLocale());
        DateTimePicker ends = new DateTimePicker(getTranslation("meeting.endsAt"));
        ends.setId("meeting-ends");
        ends.setLocale(getLocale());
        TextField place = new TextField(getTranslation("meeting.place"));
        place.setId("meeting-place");
        FieldFeedback.limit(place, MeetingService.PLACE_MAX);
        Button plan = new Button(getTranslation("meeting.plan"));
        plan.setId("meeting-plan");
        plan.addThemeVariants(ButtonVariant.PRIMARY);
        plan.addClickListener(e -> {
            FieldFeedback.clear(starts, ends, place);
            try {
                Meeting m = meetings.plan(new NewMeeting(starts.getValue(), ends.getValue(), place.getValue()));
                getUI().ifPresent(ui -> ui.navigate("vergaderingen/" + m.id()));
            } catch (DomainException ex) {
                FieldFeedback.show(getTranslation(ex.messageKey(), ex.arguments()),
                        "startsAt".equals(ex.field()) ? starts : "endsAt".equals(ex.field()) ? ends : place);
            }
        });
        HorizontalLayout form = new HorizontalLayout(starts, ends, place, plan);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassName("tw-wrap");
        return form;
    }

    private void render() {
        list.removeAll();
        List<Meeting> all = meetings.all();
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("meeting.list.empty")));
        }
        for (Meeting m : all) {
            Anchor link = new Anchor("vergaderingen/" + m.id(), MeetingTexts.whenAndWhere(m, getLocale()));
            Span state = new Span(getTranslation(m.state().messageKey()));
            state.addClassName("tw-status");
            ListItem li = new ListItem(link, new Span(" "), state);
            li.getElement().setAttribute("data-meeting", String.valueOf(m.id()));
            list.add(li);
        }
        myActions.removeAll();
        List<MeetingAction> mine = meetings.myActions();
        if (mine.isEmpty()) {
            myActions.add(new Paragraph(getTranslation("meeting.myActions.empty")));
        }
        for (MeetingAction a : mine) {
            myActions.add(actionRow(a, true));
        }
        if (meetings.mayPrepare()) {
            bySector.removeAll();
            Map<String, List<MeetingAction>> open = meetings.openActionsBySector();
            if (open.isEmpty()) {
                bySector.add(new Paragraph(getTranslation("meeting.actionsBySector.empty")));
            }
            open.forEach((sector, actions) -> {
                bySector.add(new Span(sector.isEmpty() ? getTranslation("meeting.actionsBySector.noSector") : sector));
                actions.forEach(a -> bySector.add(actionRow(a, true)));
            });
        }
    }

    private HorizontalLayout actionRow(MeetingAction a, boolean editable) {
        Span text = new Span(a.description() + " — " + a.ownerName() + ", "
                + getTranslation("meeting.action.dueShort", MeetingTexts.day(a.dueDate(), getLocale())));
        HorizontalLayout row = new HorizontalLayout(text);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.addClassName("tw-action-row");
        if (a.overdue(meetings.today())) {
            Span overdue = new Span(getTranslation("meeting.action.overdue"));
            overdue.addClassNames("tw-status", "tw-overdue");
            row.add(overdue);
        }
        Select<ActionStatus> status = new Select<>();
        status.setAriaLabel(getTranslation("meeting.action.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setValue(a.status());
        status.setReadOnly(!editable);
        status.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    meetings.setActionStatus(a.id(), e.getValue());
                    render();
                } catch (DomainException | org.springframework.security.access.AccessDeniedException ex) {
                    Notifications.error(getTranslation("meeting.action.statusRefused"));
                }
            }
        });
        row.add(status);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.list.title") + " · Tafelwerk";
    }
}
