package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.Optional;
import nl.tafelwerk.assessment.RoundBallot;
import nl.tafelwerk.assessment.RoundProgress;
import nl.tafelwerk.assessment.RoundService;
import nl.tafelwerk.assessment.RoundStatus;
import nl.tafelwerk.assessment.ScoringRound;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.ui.DateTimes;
import nl.tafelwerk.shared.ui.FieldFeedback;
import nl.tafelwerk.shared.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * One scoring round. Before the reveal: live progress for everyone (counts only), the member's own ballot, and the
 * organisers' close, reopen and reveal. After the reveal, on every open screen at once: the results.
 */
@Route("scoringsrondes/:id")
@PermitAll
public class RoundView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RoundService service;
    private final Collaborator me;
    private final Div facts = new Div();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Div body = new Div();
    private @Nullable ScoringRound round;
    private @Nullable RoundProgressPanel progress;
    private RoundChannel.@Nullable Connection channel;

    RoundView(RoundService service, CurrentUser currentUser) {
        this.service = service;
        this.me = Collaborator.of(currentUser.require());
        addClassName("tw-round");
        facts.addClassName("tw-round-facts");
        facts.setId("round-facts");
        actions.setId("round-actions");
        body.setId("round-body");
        body.setWidthFull();
        add(facts, actions, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ScoringRound> found = roundOf(event, service);
        if (found.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        round = found.get();
        render();
    }

    /** The round the route's {@code :id} names, if it is a number and the round exists. */
    static Optional<ScoringRound> roundOf(BeforeEnterEvent event, RoundService service) {
        return event.getRouteParameters().get("id").flatMap(RoundView::parse).flatMap(service::find);
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    ScoringRound round() {
        if (round == null) {
            throw new IllegalStateException("no round");
        }
        return round;
    }

    private void render() {
        ScoringRound r = round();
        facts.removeAll();
        facts.add(new RoundStatusBadge(r.status()),
                fact("round.framework.version", r.frameworkNumber()),
                fact("round.deadline.at", DateTimes.dateTime(getLocale(), r.deadline())),
                fact(r.revealMode().messageKey()),
                fact("round.quorum.is", getTranslation(r.quorum().messageKey())),
                fact("round.size", r.items().size(), r.criteria().size(), r.members()));
        RouterLink projector = new RouterLink(getTranslation("round.projector.link"), RoundProjectionView.class,
                new RouteParameters("id", String.valueOf(r.id())));
        projector.setId("round-projector-link");
        facts.add(projector);
        if (r.revealed()) {
            RouterLink ranking = new RouterLink(getTranslation("round.ranking.link"), RoundRankingView.class,
                    new RouteParameters("id", String.valueOf(r.id())));
            ranking.setId("round-ranking-link");
            facts.add(ranking);
        }
        if (r.quorumOverrideReason() != null) {
            facts.add(fact("round.quorum.overridden", r.quorumOverrideReason()));
        }
        renderActions(r);
        body.removeAll();
        progress = null;
        if (r.revealed()) {
            body.add(new RoundResultsPanel(service, service.results(r.id()), service.mayDecide(), this::consensusRecorded));
            return;
        }
        RoundProgress current = service.progress(r.id());
        RoundProgressPanel panel = new RoundProgressPanel(current);
        progress = panel;
        body.add(panel);
        Optional<RoundBallot> mine = service.myBallot(r.id());
        if (mine.isPresent()) {
            if (r.status() == RoundStatus.OPEN && !r.pastDeadline(Instant.now())) {
                body.add(new RoundScoringForm(service, r, mine.get(), this::ballotSaved));
            } else {
                body.add(note(r.status() == RoundStatus.CLOSED ? "round.closed" : "round.deadline.passed"));
            }
        } else if (r.status() == RoundStatus.OPEN) {
            body.add(note("round.sealed.notice"));
        } else {
            body.add(note("round.closed.waiting"));
        }
    }

    private Paragraph note(String key) {
        Paragraph note = new Paragraph(getTranslation(key));
        note.addClassName("tw-round-note");
        note.setId("round-note");
        return note;
    }

    private Span fact(String key, Object... args) {
        Span span = new Span(getTranslation(key, args));
        span.addClassName("tw-round-fact");
        return span;
    }

    private void renderActions(ScoringRound r) {
        actions.removeAll();
        if (!service.mayOrganise() || r.revealed()) {
            return;
        }
        if (r.status() == RoundStatus.OPEN) {
            Button close = new Button(getTranslation("round.close.action"), VaadinIcon.HOURGLASS.create(),
                    e -> act(() -> service.close(r.id(), r.version())));
            close.setId("round-close");
            actions.add(close);
        } else {
            Button reopen = new Button(getTranslation("round.reopen.action"), e -> act(() -> service.reopen(r.id(), r.version())));
            reopen.setId("round-reopen");
            actions.add(reopen);
        }
        Button reveal = new Button(getTranslation("round.reveal.action"), VaadinIcon.EYE.create(), e -> askReveal(r));
        reveal.addThemeVariants(ButtonVariant.PRIMARY);
        reveal.setId("round-reveal");
        actions.add(reveal);
    }

    private void askReveal(ScoringRound r) {
        RoundProgress p = service.progress(r.id());
        boolean met = r.quorum().metBy(p);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("round.reveal.title"));
        dialog.setId("round-reveal-dialog");
        dialog.add(new Paragraph(getTranslation("round.progress.total", p.membersDone(), p.members())));
        dialog.add(new Paragraph(getTranslation(met ? "round.reveal.quorumMet" : "round.reveal.quorumNotMet",
                getTranslation(r.quorum().messageKey()))));
        TextArea reason = new TextArea(getTranslation("round.reveal.overrideReason"));
        reason.setId("round-reveal-reason");
        FieldFeedback.limit(reason, RoundService.REASON_MAX);
        if (!met) {
            if (service.mayDecide()) {
                reason.setRequiredIndicatorVisible(true);
                dialog.add(reason);
            } else {
                dialog.add(new Paragraph(getTranslation("round.reveal.chairOnly")));
            }
        }
        Button ok = new Button(getTranslation("round.reveal.action"), e -> {
            try {
                service.reveal(r.id(), met ? null : reason.getValue(), r.version());
                dialog.close();
                announceState();
                reload();
            } catch (DomainException ex) {
                FieldFeedback.show(getTranslation(ex.messageKey(), ex.arguments()),
                        "quorumOverrideReason".equals(ex.field()) ? reason : null);
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("round-reveal-confirm");
        ok.setEnabled(met || service.mayDecide());
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
            announceState();
        } catch (DomainException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
        reload();
    }

    private void reload() {
        service.find(round().id()).ifPresent(r -> {
            round = r;
            render();
        });
    }

    private void ballotSaved(RoundBallot ballot) {
        int done = ballot.itemsDone(round());
        RoundProgressPanel panel = progress;
        if (panel != null) {
            panel.update(ballot.member(), done);
        }
        RoundChannel.Connection live = channel;
        if (live != null) {
            live.put(RoundChannel.memberKey(ballot.member()), String.valueOf(done));
        }
    }

    private void consensusRecorded() {
        RoundChannel.Connection live = channel;
        if (live != null) {
            live.put(RoundChannel.CONSENSUS, System.nanoTime() + "|" + me.id());
        }
    }

    private void announceState() {
        RoundChannel.Connection live = channel;
        if (live != null) {
            service.find(round().id()).ifPresent(r -> live.put(RoundChannel.STATE, r.status().name() + "|" + r.version()));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        channel = RoundChannel.connect(this, ui, round().id(), me, () -> progress, this::onStateChange);
    }

    private void onStateChange(String key, String value) {
        if (round == null) {
            return;
        }
        if (RoundChannel.STATE.equals(key)) {
            String version = value.substring(value.indexOf('|') + 1);
            if (!version.equals(String.valueOf(round().version()))) {
                reload();
            }
        } else if (RoundChannel.CONSENSUS.equals(key) && round().revealed() && !value.endsWith("|" + me.id())) {
            reload();
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
        return (round == null ? getTranslation("round.list.title") : round.title()) + " · Tafelwerk";
    }
}
