package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import nl.tafelwerk.assessment.RoundItem;
import nl.tafelwerk.assessment.RoundResults;
import nl.tafelwerk.assessment.RoundService;
import nl.tafelwerk.assessment.ScoredCriterion;
import nl.tafelwerk.assessment.ScoringRound;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.ui.PresenceAvatars;
import nl.tafelwerk.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * A round on the projector: large and calm. Before the reveal only who is done (per sector and in total); after the
 * reveal, switched live without reload, the items in order of disagreement with each criterion's median and spread.
 */
@Route(value = "scoringsrondes/:id/projectie", autoLayout = false)
@PermitAll
public class RoundProjectionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RoundService service;
    private final Collaborator me;
    private final H1 title = new H1();
    private final Div body = new Div();
    private @Nullable ScoringRound round;
    private @Nullable RoundProgressPanel progress;
    private RoundChannel.@Nullable Connection channel;

    RoundProjectionView(RoundService service, CurrentUser currentUser) {
        this.service = service;
        this.me = Collaborator.of(currentUser.require());
        addClassName("tw-projection");
        addClassName("tw-round-projection");
        setSizeFull();
        body.setId("round-projection-body");
        body.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ScoringRound> found = RoundView.roundOf(event, service);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        round = found.get();
        removeAll();
        PresenceAvatars avatars = new PresenceAvatars(me, RoundChannel.topic(round.id()).child("projectie"),
                getTranslation("round.projector.presence"));
        HorizontalLayout top = new HorizontalLayout(title, avatars);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.expand(title);
        add(top, body);
        render();
    }

    private void render() {
        ScoringRound r = Optional.ofNullable(round).orElseThrow();
        title.setText(r.title());
        body.removeAll();
        progress = null;
        if (!r.revealed()) {
            RoundProgressPanel panel = new RoundProgressPanel(service.progress(r.id()));
            panel.addClassName("tw-round-projection-progress");
            progress = panel;
            Paragraph sealed = new Paragraph(getTranslation("round.sealed.notice"));
            sealed.addClassName("tw-muted");
            body.add(panel, sealed);
            return;
        }
        RoundResults results = service.results(r.id());
        RoundRevealStatistics stats = RoundRevealStatistics.of(results, service, getLocale());
        Paragraph agreement = new Paragraph(stats.hasAgreement() ? getTranslation("round.results.kendall", stats.kendallText(),
                getTranslation(stats.kendallMeaningKey())) : getTranslation("round.results.kendall.none"));
        agreement.setId("round-projection-kendall");
        body.add(new H2(getTranslation("round.results.discussFirst")), agreement);
        OrderedList list = new OrderedList();
        list.addClassName("tw-projection-list");
        list.setId("round-projection-results");
        for (String key : stats.byDisagreement()) {
            RoundItem item = r.item(key);
            Div lines = new Div();
            lines.addClassName("tw-round-projection-criteria");
            for (ScoredCriterion criterion : r.criteria()) {
                Span line = new Span(criterion.name() + ": " + stats.summaryText(key, criterion)
                        + results.consensus(key, criterion.code()).map(c -> " · " + getTranslation("round.consensus.value", c.value())).orElse(""));
                lines.add(line);
            }
            Span code = new Span(item.code());
            code.addClassName("tw-projection-code");
            Div text = new Div(new Span(item.title()), lines);
            text.addClassName("tw-projection-title");
            ListItem li = new ListItem(code, text);
            li.addClassName("tw-round-projection-item");
            li.getElement().setAttribute("data-item", key);
            list.add(li);
        }
        body.add(list);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (round == null) {
            return;
        }
        UI ui = attachEvent.getUI();
        channel = RoundChannel.connect(this, ui, round.id(), me, () -> progress, this::onStateChange);
    }

    private void onStateChange(String key, String value) {
        ScoringRound r = round;
        if (r != null && (RoundChannel.STATE.equals(key) || (RoundChannel.CONSENSUS.equals(key) && r.revealed()))) {
            service.find(r.id()).ifPresent(found -> {
                if (found.version() != r.version()) {
                    round = found;
                    render();
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (channel != null) {
            channel.close();
            channel = null;
        }
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return (round == null ? getTranslation("round.list.title") : round.title()) + " · " + getTranslation("round.projector.link")
                + " · Tafelwerk";
    }
}
