package nl.tafelwerk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.identity.NewUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.UserListItem;
import nl.tafelwerk.identity.UserService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What one member's save costs the database (issue 11, live progress p95 under 50 ms): a save reads the round and
 * the saver's own ballot, never the other members' ballots, so it costs the same with 2 members as with 30.
 * Not transactional: inside one test transaction everything is already loaded and nothing would be counted.
 */
@TafelwerkTest
class RoundSaveCostTest {

    private static final int EXTRA_MEMBERS = 8;

    @Autowired
    UserService userService;
    @Autowired
    RoundService rounds;
    @Autowired
    PublishedFrameworks frameworks;
    @Autowired
    UserDetailsService users;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deactivateTheExtraMembers() {
        RoundTestSupport support = new RoundTestSupport(users, rounds, frameworks);
        support.actAs("beheerder");
        try {
            for (UserListItem user : userService.list()) {
                if (created.contains(user.username()) && user.active()) {
                    userService.setActive(user.id(), user.version(), false);
                }
            }
        } finally {
            RoundTestSupport.nobody();
        }
    }

    @Test
    void aSaveReadsNoOtherMembersBallotsSoItsCostDoesNotGrowWithTheMembers() {
        RoundTestSupport support = new RoundTestSupport(users, rounds, frameworks);
        String tag = Long.toString(System.nanoTime() % 1_000_000, 36);
        support.actAs("beheerder");
        for (int i = 1; i <= EXTRA_MEMBERS; i++) {
            String username = String.format(Locale.ROOT, "kost-%s-%d", tag, i);
            userService.create(new NewUser(username, "Kostlid " + tag + " " + i, Role.MEMBER, i % 2 == 0 ? "HAZ" : "MSZ",
                    "kosten-wachtwoord-" + tag));
            created.add(username);
        }
        ScoringRound round = support.open("Ronde kosten " + tag);
        assertThat(round.members()).isGreaterThanOrEqualTo(EXTRA_MEMBERS + 2);
        String member = created.getFirst();
        support.actAs(member);
        // every other member has scored, so their ballots hold rows a careless save would load
        RoundBallot mine = rounds.myBallot(round.id()).orElseThrow();
        for (String other : created.subList(1, created.size())) {
            support.scoreAll(round, other, 3, null);
        }
        support.actAs(member);

        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            rounds.score(round.id(), RoundTestSupport.VS01, RoundTestSupport.all(round, 3, "eigen toelichting"), mine.version());
            long statements = statistics.getPrepareStatementCount();
            assertThat(statistics.getCollectionLoadCount())
                    .as("collections loaded by one save (only the saver's ballot and the round's items and criteria)")
                    .isLessThanOrEqualTo(4);
            // reads: the round, its criteria, the saver's ballot, its scores, its skips; writes: a row per criterion and the ballot's version
            assertThat(statements).as("SQL statements of one save with %d members", round.members())
                    .isLessThanOrEqualTo(5 + round.criteria().size() + 1);
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
            RoundTestSupport.nobody();
        }
    }
}
