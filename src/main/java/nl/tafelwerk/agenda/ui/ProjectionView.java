package nl.tafelwerk.agenda.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.tafelwerk.shared.AllSectors;
import nl.tafelwerk.agenda.AgendaSort;
import nl.tafelwerk.agenda.VraagstukFilter;
import nl.tafelwerk.agenda.VraagstukListItem;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.agenda.VraagstukStatus;
import nl.tafelwerk.collaboration.CollaborationScope;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.SharedValues;
import nl.tafelwerk.collaboration.ui.PresenceAvatars;
import nl.tafelwerk.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * The voorraadagenda on the projector: read-only, in the table's agreed order, large type, status as
 * text and icon, no chrome except the title, presence and a clock. Follows reordering live.
 */
@Route(value = "voorraadagenda/projectie", autoLayout = false)
@PermitAll
public class ProjectionView extends VerticalLayout implements HasDynamicTitle {

    static final Set<VraagstukStatus> SHOWN = EnumSet.of(VraagstukStatus.OP_VOORRAADAGENDA, VraagstukStatus.GEAGENDEERD,
            VraagstukStatus.IN_UITWERKING, VraagstukStatus.ADVIES_IN_CONCEPT, VraagstukStatus.ADVIES_GEDRAGEN,
            VraagstukStatus.AANGEBODEN, VraagstukStatus.BESLUIT_ONTVANGEN, VraagstukStatus.GEPARKEERD);
    private static final int MAX_ROWS = 200;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy · HH:mm");

    private final VraagstukService service;
    private final Collaborator me;
    private final UnorderedList list = new UnorderedList();
    private final Span clock = new Span();
    private @Nullable SharedValues live;
    private @Nullable Registration poll;

    ProjectionView(VraagstukService service, CurrentUser currentUser) {
        this.service = service;
        this.me = Collaborator.of(currentUser.require());
        addClassName("tw-projection");
        setSizeFull();
        H1 title = new H1(getTranslation("agenda.title"));
        clock.addClassName("tw-projection-clock");
        clock.setId("projection-clock");
        PresenceAvatars avatars = new PresenceAvatars(me, AgendaTopics.AGENDA, getTranslation("agenda.presence"));
        HorizontalLayout top = new HorizontalLayout(title, avatars, clock);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.expand(avatars);
        list.addClassName("tw-projection-list");
        list.setId("projection-list");
        add(top, list);
        render();
    }

    private void render() {
        clock.setText(CLOCK.withLocale(getLocale()).format(ZonedDateTime.now(ZoneId.of("Europe/Amsterdam"))));
        list.removeAll();
        VraagstukFilter filter = new VraagstukFilter(null, SHOWN, Set.of(), null);
        List<VraagstukListItem> items = service.list(filter, List.of(AgendaSort.AGREED_ORDER), 0, MAX_ROWS);
        if (items.isEmpty()) {
            list.add(new ListItem(new Paragraph(getTranslation("agenda.projection.empty"))));
        }
        int number = 0;
        for (VraagstukListItem item : items) {
            number++;
            Span pos = new Span(number + ".");
            pos.addClassName("tw-projection-pos");
            Span code = new Span(item.code());
            code.addClassName("tw-projection-code");
            Div text = new Div(new Span(item.title()));
            text.addClassName("tw-projection-title");
            if (!item.affectedSectors().isEmpty()) {
                Span sectors = new Span(" · " + AllSectors.join(item.affectedSectors(), this::getTranslation));
                sectors.addClassName("tw-muted");
                text.add(sectors);
            }
            ListItem li = new ListItem(pos, code, text, new StatusBadge(item.status()));
            li.addClassName("tw-projection-item");
            li.getElement().setAttribute("data-code", item.code());
            list.add(li);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        SharedValues channel = SharedValues.connect(CollaborationScope.of(this), AgendaTopics.LIVE, me);
        channel.onChange((key, value) -> {
            if (AgendaTopics.CHANGED.equals(key)) {
                ui.access(this::render);
            }
        });
        live = channel;
        ui.setPollInterval(30_000);
        poll = ui.addPollListener(e -> clock.setText(CLOCK.withLocale(getLocale())
                .format(ZonedDateTime.now(ZoneId.of("Europe/Amsterdam")))));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
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
        return getTranslation("agenda.projection.title") + " · Tafelwerk";
    }
}
