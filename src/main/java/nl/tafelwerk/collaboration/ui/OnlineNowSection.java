package nl.tafelwerk.collaboration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import nl.tafelwerk.collaboration.CollaborationScope;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.PresenceService;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.shared.ui.StartPageSection;


/** "Nu online" on the start page: everyone with Tafelwerk open right now, live. */
@org.springframework.stereotype.Component
class OnlineNowSection implements StartPageSection {

    private final PresenceService presence;
    private final CurrentUser currentUser;

    OnlineNowSection(PresenceService presence, CurrentUser currentUser) {
        this.presence = presence;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create() {
        Collaborator me = Collaborator.of(currentUser.require());
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("tw-online");
        H2 title = new H2(section.getTranslation("presence.online.title"));
        Div people = new Div();
        people.addClassName("tw-online-list");
        people.setId("online-now");
        section.add(title, people);
        presence.watch(CollaborationScope.of(section), TopicId.WORKSPACE, me, present -> render(people, me, present));
        return section;
    }

    private static void render(Div people, Collaborator me, List<Collaborator> present) {
        people.removeAll();
        List<Collaborator> others = present.stream().filter(c -> !c.id().equals(me.id())).toList();
        if (others.isEmpty()) {
            people.add(new Paragraph(people.getTranslation("presence.online.alone")));
            return;
        }
        for (Collaborator other : others) {
            Avatar avatar = new Avatar(other.name());
            Span name = new Span(other.name());
            Div row = new Div(avatar, name);
            row.addClassName("tw-online-person");
            row.getElement().setAttribute("data-user", other.id());
            people.add(row);
        }
    }
}
