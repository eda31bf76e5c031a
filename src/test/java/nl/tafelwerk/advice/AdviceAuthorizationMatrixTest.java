package nl.tafelwerk.advice;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.tafelwerk.AuthorizationMatrix;
import nl.tafelwerk.agenda.Vraagstuk;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every mutating method of the advice × every kind of user (DD040): chair, programmabureau, a member acting for
 * their own sector (lid-haz on HAZ), a member of another sector (lid-msz on HAZ's position), an observer, an
 * administrator. Allowed means the call succeeds; refused means {@link AccessDeniedException}.
 */
class AdviceAuthorizationMatrixTest extends AdviceIntegrationTest {

    enum Action {
        CREATE, SAVE_IN_CONCEPT, SAVE_IN_CONSULTATION, ACCEPT_SOURCES, SUGGEST, ACCEPT_SUGGESTION, REJECT_SUGGESTION,
        SET_HAZ_POSITION, START_CONSULTATION, RETURN_TO_CONCEPT, ADOPT, OFFER, RECORD_DECISION, START_NEW_VERSION, SEND
    }

    static final List<String> USERS = List.of("voorzitter", "programmabureau", "lid-haz", "lid-msz", "waarnemer", "beheerder");
    static final Set<String> STAFF = Set.of("voorzitter", "programmabureau");
    static final Set<String> WRITERS = Set.of("voorzitter", "programmabureau", "lid-haz", "lid-msz");

    static final Map<Action, Set<String>> ALLOWED = new EnumMap<>(Map.ofEntries(
            Map.entry(Action.CREATE, STAFF),
            Map.entry(Action.SAVE_IN_CONCEPT, WRITERS),
            Map.entry(Action.SAVE_IN_CONSULTATION, STAFF),
            Map.entry(Action.ACCEPT_SOURCES, WRITERS),
            Map.entry(Action.SUGGEST, WRITERS),
            Map.entry(Action.ACCEPT_SUGGESTION, Set.of("voorzitter")),
            Map.entry(Action.REJECT_SUGGESTION, Set.of("voorzitter")),
            Map.entry(Action.SET_HAZ_POSITION, Set.of("lid-haz")),
            Map.entry(Action.START_CONSULTATION, STAFF),
            Map.entry(Action.RETURN_TO_CONCEPT, STAFF),
            Map.entry(Action.ADOPT, Set.of("voorzitter")),
            Map.entry(Action.OFFER, STAFF),
            Map.entry(Action.RECORD_DECISION, STAFF),
            Map.entry(Action.START_NEW_VERSION, STAFF),
            Map.entry(Action.SEND, STAFF)));


    static Stream<Arguments> pairs() {
        return AuthorizationMatrix.pairs(Action.class, USERS, ALLOWED);
    }

    @ParameterizedTest(name = "{0} by {1}: allowed={2}")
    @MethodSource("pairs")
    void onlyTheRightPeopleMayDoIt(Action action, String user, boolean allowed) {
        Vraagstuk v = support.inUitwerking("Matrix " + action + " " + user);
        Runnable call = prepare(action, v);
        support.actAs(user);
        if (allowed) {
            assertThatCode(call::run).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
    }

    /** Brings an advice to the state the action needs (as the people who may) and returns the call to check. */
    private Runnable prepare(Action action, Vraagstuk v) {
        if (action == Action.CREATE) {
            return () -> service.create(v.code());
        }
        support.actAs("programmabureau");
        Advice a = service.create(v.code());
        switch (action) {
            case SAVE_IN_CONCEPT:
                return () -> service.save(a.id(), a.toDraft().with(AdviceSection.ANALYSE, "Aangevuld"));
            case ACCEPT_SOURCES:
                return () -> service.acceptSources(a.id(), AdviceSection.VRAAG);
            case START_CONSULTATION:
                return () -> service.startConsultation(a.id(), a.version());
            default:
                break;
        }
        Advice c = service.startConsultation(a.id(), a.version());
        switch (action) {
            case SAVE_IN_CONSULTATION:
                return () -> service.save(c.id(), c.toDraft().with(AdviceSection.ANALYSE, "Aangevuld"));
            case SUGGEST:
                return () -> service.suggest(c.id(), AdviceSection.ANALYSE, "Een voorstel", null);
            case SET_HAZ_POSITION:
                return () -> service.setPosition(c.id(), "HAZ", Stance.STEUNT, null);
            case RETURN_TO_CONCEPT:
                return () -> service.returnToConcept(c.id(), c.version());
            case ADOPT:
                return () -> service.adopt(c.id(), c.version());
            case ACCEPT_SUGGESTION, REJECT_SUGGESTION: {
                support.actAs("lid-msz");
                Suggestion s = service.suggest(c.id(), AdviceSection.ANALYSE, "Een voorstel van MSZ", null);
                return action == Action.ACCEPT_SUGGESTION ? () -> service.acceptSuggestion(s.id(), s.version())
                        : () -> service.rejectSuggestion(s.id(), s.version(), "Niet nodig");
            }
            default:
                break;
        }
        support.actAs("voorzitter");
        Advice adopted = service.adopt(c.id(), c.version());
        switch (action) {
            case OFFER:
                return () -> service.offer(adopted.id(), adopted.version());
            case START_NEW_VERSION:
                return () -> service.startNewVersion(adopted.id(), "Aanvulling gevraagd", adopted.version());
            case SEND:
                return () -> distribution.send(adopted.id(), 1, new RecipientSelection(true, null, Set.of("HAZ")));
            default:
                break;
        }
        Advice offered = service.offer(adopted.id(), adopted.version());
        return () -> service.recordDecision(offered.id(), LocalDate.now(), "Overgenomen", "Verslag", offered.version());
    }
}
