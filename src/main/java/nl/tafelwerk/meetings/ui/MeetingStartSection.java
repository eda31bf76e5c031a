package nl.tafelwerk.meetings.ui;


import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import nl.tafelwerk.meetings.Meeting;
import nl.tafelwerk.meetings.MeetingAction;
import nl.tafelwerk.meetings.MeetingService;
import nl.tafelwerk.meetings.MeetingState;
import nl.tafelwerk.shared.ui.StartPageSection;

/** "Vandaag aan tafel": the next meeting with its agenda, "Naar de vergadering" on meeting day, and overdue actions. */
@org.springframework.stereotype.Component
class MeetingStartSection implements StartPageSection {

    private final MeetingService meetings;

    MeetingStartSection(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Div section = new Div();
        section.setId("start-meeting");
        section.addClassName("tw-start-meeting");
        Optional<Meeting> next = meetings.next();
        section.add(new H2(section.getTranslation("meeting.start.next")));
        if (next.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("meeting.start.none")));
        } else {
            Meeting m = next.get();
            Anchor link = new Anchor("vergaderingen/" + m.id(), MeetingTexts.whenAndWhere(m, com.vaadin.flow.component.UI.getCurrent().getLocale()));
            link.setId("start-meeting-link");
            Span state = new Span(section.getTranslation(m.state().messageKey()));
            state.addClassName("tw-status");
            section.add(new Div(link, new Span(" "), state));
            if (m.state() == MeetingState.LOPEND || m.startsAt().toLocalDate().equals(meetings.today())) {
                Anchor go = new Anchor("vergaderingen/" + m.id() + "/vergadermodus", section.getTranslation("meeting.start.go"));
                go.setId("start-meeting-go");
                go.addClassName("tw-button-link");
                section.add(go);
            }
            OrderedList agenda = new OrderedList();
            m.items().forEach(i -> agenda.add(new ListItem(i.title())));
            section.add(agenda);
        }
        List<MeetingAction> mine = meetings.myActions();
        long overdue = mine.stream().filter(a -> a.overdue(meetings.today())).count();
        long open = mine.stream().filter(a -> a.status() != nl.tafelwerk.meetings.ActionStatus.AFGEROND).count();
        if (open > 0) {
            Anchor actions = new Anchor("vergaderingen", section.getTranslation("meeting.start.myActions", open));
            actions.setId("start-my-actions");
            section.add(new Div(actions));
        }
        if (overdue > 0) {
            Span flag = new Span(section.getTranslation("meeting.start.overdue", overdue));
            flag.setId("start-overdue");
            flag.addClassNames("tw-status", "tw-overdue");
            section.add(flag);
        }
        if (meetings.mayPrepare()) {
            // the programme office chases what was agreed: every overdue action of the table, not only its own
            long tableOverdue = meetings.openActionsBySector().values().stream().flatMap(List::stream)
                    .filter(a -> a.overdue(meetings.today())).count();
            if (tableOverdue > 0) {
                Anchor all = new Anchor("vergaderingen", section.getTranslation("meeting.start.tableOverdue", tableOverdue));
                all.setId("start-table-overdue");
                all.addClassNames("tw-status", "tw-overdue");
                section.add(new Div(all));
            }
        }
        return section;
    }
}
