package nl.tafelwerk.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.tafelwerk.AuthorizationMatrix;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every (role × action) pair of the scoring rounds, allowed and refused, at service level. The expected matrix is
 * written out here by hand. A refusal is an access refusal (or, for reading results, the sealed message); a member
 * only ever scores on their own ballot, so "score as someone else" has no door to try.
 */
@TafelwerkTest
@Transactional // rolled back: other test classes list the rounds and the agenda order
class RoundAuthorizationMatrixTest {

    static final List<String> USERS = List.of("voorzitter", "programmabureau", "lid-haz", "waarnemer", "beheerder");

    enum Action { OPEN, SCORE, SKIP, CLOSE, REVEAL, CONSENSUS, READ_RESULTS, READ_RESULTS_SEALED, EXPORT, EXPORT_SEALED, CARRY_ORDER }

    static final Map<Action, Set<String>> ALLOWED = new EnumMap<>(Map.ofEntries(
            Map.entry(Action.OPEN, Set.of("voorzitter", "programmabureau")),
            Map.entry(Action.SCORE, Set.of("lid-haz")),
            Map.entry(Action.SKIP, Set.of("lid-haz")),
            Map.entry(Action.CLOSE, Set.of("voorzitter", "programmabureau")),
            Map.entry(Action.REVEAL, Set.of("voorzitter", "programmabureau")),
            Map.entry(Action.CONSENSUS, Set.of("voorzitter")),
            Map.entry(Action.READ_RESULTS, Set.of("voorzitter", "programmabureau", "lid-haz", "waarnemer", "beheerder")),
            Map.entry(Action.READ_RESULTS_SEALED, Set.of()),
            Map.entry(Action.EXPORT, Set.of("voorzitter", "programmabureau", "lid-haz", "waarnemer", "beheerder")),
            Map.entry(Action.EXPORT_SEALED, Set.of()),
            Map.entry(Action.CARRY_ORDER, Set.of("voorzitter"))));

    @Autowired
    nl.tafelwerk.identity.UserService userService;
    @Autowired
    RoundService rounds;
    @Autowired
    PublishedFrameworks frameworks;
    @Autowired
    VraagstukService vraagstukken;
    @Autowired
    UserDetailsService users;
    RoundTestSupport support;

    @BeforeEach
    void setUp() {
        support = new RoundTestSupport(users, rounds, frameworks);
        support.onlyTheDemoMembersScore(userService);
    }

    @AfterEach
    void clear() {
        RoundTestSupport.nobody();
    }

    static Stream<Arguments> pairs() {
        return AuthorizationMatrix.pairs(Action.class, USERS, ALLOWED);
    }

    @ParameterizedTest(name = "{0} by {1}: allowed={2}")
    @MethodSource("pairs")
    void roleAndAction(Action action, String user, boolean allowed) {
        ScoringRound round = support.open("Matrix " + action + " " + user);
        boolean revealed = switch (action) {
            case CONSENSUS, READ_RESULTS, EXPORT, CARRY_ORDER -> true;
            default -> false;
        };
        if (action == Action.REVEAL || action == Action.READ_RESULTS_SEALED || action == Action.EXPORT_SEALED || revealed) {
            support.scoreAll(round, "lid-haz", 5, "haz");
            support.scoreAll(round, "lid-msz", 8, "msz");
        }
        if (revealed) {
            support.reveal(round);
        }
        support.actAs("waarnemer");
        ScoringRound current = rounds.find(round.id()).orElseThrow();
        String criterion = current.criteria().getFirst().code();
        support.actAs(user);
        Runnable attempt = switch (action) {
            case OPEN -> () -> rounds.open(support.opening("Matrix open", Set.of("HAZ"), RoundQuorum.EVERY_SECTOR));
            case SCORE -> () -> rounds.score(round.id(), RoundTestSupport.VS01, Map.of(criterion, new RoundScore(5, null)),
                    ballotVersion(round));
            case SKIP -> () -> rounds.skip(round.id(), RoundTestSupport.VS01, "geen zicht op", ballotVersion(round));
            case CLOSE -> () -> rounds.close(round.id(), current.version());
            case REVEAL -> () -> rounds.reveal(round.id(), null, current.version());
            case CONSENSUS -> () -> rounds.recordConsensus(round.id(), RoundTestSupport.VS01, criterion, 5, "samen");
            case READ_RESULTS, READ_RESULTS_SEALED -> () -> assertThat(rounds.results(round.id()).ballots()).hasSize(2);
            case EXPORT, EXPORT_SEALED -> () -> assertThat(rounds.exportWorkbook(round.id())).isNotEmpty();
            case CARRY_ORDER -> () -> assertThat(rounds.carryOrder(round.id(), "Rangorde van de ronde")).isNotNull();
        };
        if (allowed) {
            assertThatCode(attempt::run).doesNotThrowAnyException();
        } else if (action == Action.READ_RESULTS_SEALED || action == Action.EXPORT_SEALED) {
            assertThatThrownBy(attempt::run).isInstanceOf(DomainException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "round.results.sealed");
        } else {
            assertThatThrownBy(attempt::run).isInstanceOf(AccessDeniedException.class);
        }
        support.actAs("waarnemer");
        if (!allowed && (action == Action.CLOSE || action == Action.REVEAL)) {
            assertThat(rounds.find(round.id()).orElseThrow().status()).isEqualTo(RoundStatus.OPEN);
        }
    }

    /** The caller's own ballot version; someone without a ballot gets 0 and the service decides. */
    private long ballotVersion(ScoringRound round) {
        return rounds.myBallot(round.id()).map(RoundBallot::version).orElse(0L);
    }
}
