package nl.tafelwerk.assessment;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.tafelwerk.AbstractUiTest;
import nl.tafelwerk.assessment.ui.RoundProjectionView;
import nl.tafelwerk.assessment.ui.RoundRankingView;
import nl.tafelwerk.assessment.ui.RoundView;
import nl.tafelwerk.assessment.ui.RoundsView;
import nl.tafelwerk.collaboration.CollaborationScope;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.SharedValues;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores are sealed until the reveal (issue 11, DD024). One member scores through the view with a rationale no one
 * else can guess; then every other role tries every read path: each service method, each view of the feature
 * rendered as that user (text, every property and attribute sent to the browser, every field's value), the round's
 * collaboration topic, the log and exception messages. Any trace of the rationale fails the test. After the reveal
 * the same reads show it.
 */
@Transactional // rolled back: other test classes list the rounds
class RoundSealingTest extends AbstractUiTest {

    static final List<String> OTHERS = List.of("voorzitter", "programmabureau", "beheerder", "waarnemer", "info-ggz",
            "lid-msz", "lid-lz", "lid-vws");

    @Autowired
    nl.tafelwerk.identity.UserService userService;
    @Autowired
    RoundService rounds;
    @Autowired
    PublishedFrameworks frameworks;
    @Autowired
    UserDetailsService users;
    RoundTestSupport support;
    final String secret = "zegel-" + UUID.randomUUID();
    final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        support = new RoundTestSupport(users, rounds, frameworks);
        support.onlyTheDemoMembersScore(userService);
        log.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(log);
    }

    @Test
    void noRoleReadsAnotherMembersScoreBeforeTheRevealAndEveryoneDoesAfter() {
        support.actAs("voorzitter");
        RoundOpening opening = support.opening("Verzegelde ronde", java.util.Set.of("HAZ", "MSZ", "LZ"), RoundQuorum.EVERY_SECTOR);
        ScoringRound round = rounds.open(opening);
        RoundTestSupport.nobody();

        scoreEverythingThroughTheView("lid-haz", round, secret);
        assertThat(pageContent()).as("the author sees their own rationale").contains(secret);

        for (String user : OTHERS) {
            login(user);
            assertServiceSealed(user, round);
            for (Class<? extends Component> view : List.of(RoundView.class, RoundProjectionView.class, RoundRankingView.class)) {
                UI.getCurrent().navigate(view, new RouteParameters("id", String.valueOf(round.id())));
                roundtrips();
                assertThat(pageContent()).as(user + " on " + view.getSimpleName()).doesNotContain(secret);
                if (view != RoundRankingView.class) {
                    assertThat(pageContent()).as("the check reads the page").contains("Verzegelde ronde");
                }
                assertThat(_find(Select.class).stream().filter(s -> s.getId().orElse("").startsWith("score-"))
                        .filter(s -> s.getValue() != null)).as(user + " sees no score value in a field").isEmpty();
            }
            UI.getCurrent().navigate(RoundsView.class);
            roundtrips();
            assertThat(pageContent()).as(user + " on the list").doesNotContain(secret);
        }
        assertTopicCarriesCountsOnly(round);
        assertThat(log.list).as("no log line carries a score or rationale")
                .noneMatch(e -> e.getFormattedMessage().contains(secret) || String.valueOf(e.getThrowableProxy()).contains(secret));

        support.revealAnyway(round);
        for (String user : Stream.concat(OTHERS.stream(), Stream.of("lid-haz")).toList()) {
            login(user);
            RoundResults results = rounds.results(round.id());
            assertThat(results.ballots()).as(user + " reads the revealed ballots")
                    .anySatisfy(b -> assertThat(b.scores().toString().length()).isPositive())
                    .anyMatch(b -> b.scores().values().stream().flatMap(m -> m.values().stream())
                            .anyMatch(s -> secret.equals(s.rationale())));
            UI.getCurrent().navigate(RoundView.class, new RouteParameters("id", String.valueOf(round.id())));
            roundtrips();
            assertThat(pageContent()).as(user + " sees the revealed rationale").contains(secret);
        }
    }

    private void scoreEverythingThroughTheView(String member, ScoringRound round, String rationale) {
        login(member);
        UI.getCurrent().navigate(RoundView.class, new RouteParameters("id", String.valueOf(round.id())));
        roundtrips();
        for (int i = 0; i < round.items().size(); i++) {
            int index = i;
            for (ScoredCriterion c : round.criteria()) {
                @SuppressWarnings("unchecked")
                Select<Integer> select = _get(Select.class, spec -> spec.withId("score-" + index + "-" + c.code()));
                select.setValue(13);
            }
            _get(TextField.class, spec -> spec.withId("rationale-" + index + "-" + round.criteria().getFirst().code()))
                    .setValue(rationale);
            _click(_get(Button.class, spec -> spec.withId("score-save-" + index)));
            roundtrips();
        }
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("round-progress-total")).getText())
                .isEqualTo("1 van 3 leden klaar");
    }

    private void assertServiceSealed(String user, ScoringRound round) {
        assertThatThrownBy(() -> rounds.results(round.id())).as(user + " reads no results")
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(e.getMessage() + List.of(((DomainException) e).arguments())).doesNotContain(secret));
        rounds.myBallot(round.id()).ifPresent(b -> assertThat(b.member()).as(user + " gets no one else's ballot").isEqualTo(user));
        rounds.myBallot(round.id()).ifPresent(b -> assertThat(b.scores()).isEmpty());
        assertThat(String.valueOf(rounds.find(round.id()))).doesNotContain(secret);
        assertThat(String.valueOf(rounds.all())).doesNotContain(secret);
        assertThat(String.valueOf(rounds.progress(round.id()))).doesNotContain(secret);
        assertThat(rounds.progress(round.id()).perMember()).filteredOn(m -> m.username().equals("lid-haz")).singleElement()
                .extracting(RoundProgress.MemberProgress::itemsDone).isEqualTo(round.items().size());
    }

    private void assertTopicCarriesCountsOnly(ScoringRound round) {
        SharedValues topic = SharedValues.connect(CollaborationScope.background(),
                new TopicId("scoringsronde/" + round.id()), new Collaborator("sealing-test", "Sealing test"));
        try {
            roundtrips();
            Map<String, String> values = topic.snapshot();
            assertThat(values).as("lid-haz's view announced a count").containsEntry("m.lid-haz", String.valueOf(round.items().size()));
            assertThat(values.values()).allMatch(v -> v.matches("\\d+|[A-Z]+\\|\\d+|\\d+\\|[a-z-]+"))
                    .noneMatch(v -> v.contains(secret));
        } finally {
            topic.remove();
        }
    }

    /** Everything the server would send for the current UI: text, and every property and attribute of every element. */
    private static String pageContent() {
        StringBuilder out = new StringBuilder();
        for (Component c : _find(Component.class)) {
            collect(c.getElement(), out);
            if (c instanceof HasValue<?, ?> field) {
                out.append(field.getValue()).append('\n');
            }
        }
        return out.toString();
    }

    private static void collect(Element element, StringBuilder out) {
        if (element.isTextNode()) {
            out.append(element.getText()).append('\n');
            return;
        }
        element.getPropertyNames().forEach(name -> out.append(element.getProperty(name)).append('\n'));
        element.getAttributeNames().forEach(name -> out.append(element.getAttribute(name)).append('\n'));
        element.getChildren().filter(Element::isTextNode).forEach(child -> collect(child, out));
    }
}
