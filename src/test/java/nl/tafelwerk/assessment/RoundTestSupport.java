package nl.tafelwerk.assessment;

import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.UserListItem;
import nl.tafelwerk.identity.UserService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Acting as demo users and walking a round through its life in service tests. */
final class RoundTestSupport {

    /** Two seed items: a vraagstuk of the agenda and a bouwsteen of the catalogue. */
    static final List<RoundItemRef> ITEMS = List.of(new RoundItemRef(RoundItemKind.VRAAGSTUK, "VS-01"),
            new RoundItemRef(RoundItemKind.BOUWSTEEN, "MITZ"));
    static final String VS01 = RoundItem.key(RoundItemKind.VRAAGSTUK, "VS-01");
    static final String MITZ = RoundItem.key(RoundItemKind.BOUWSTEEN, "MITZ");

    private final UserDetailsService users;
    private final RoundService rounds;
    private final PublishedFrameworks frameworks;

    RoundTestSupport(UserDetailsService users, RoundService rounds, PublishedFrameworks frameworks) {
        this.users = users;
        this.rounds = rounds;
        this.frameworks = frameworks;
    }

    void actAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /**
     * The rounds' members are every active MEMBER of the chosen sectors; other test classes in this shared context
     * create members of their own (e.g. in HAZ or GGZ). Only the demo's one member per table sector stays active, so
     * the counts these tests expect hold in whatever order the suite runs.
     */
    void onlyTheDemoMembersScore(UserService userService) {
        actAs("beheerder");
        try {
            for (UserListItem user : userService.list()) {
                boolean demoMember = user.sectorCode() != null
                        && user.username().equals("lid-" + user.sectorCode().toLowerCase(java.util.Locale.ROOT));
                if (user.role() == Role.MEMBER && user.active() && !demoMember) {
                    userService.setActive(user.id(), user.version(), false);
                }
            }
        } finally {
            nobody();
        }
    }

    static void nobody() {
        SecurityContextHolder.clearContext();
    }

    FrameworkVersion framework() {
        return frameworks.current().orElseThrow();
    }

    RoundOpening opening(String title, Set<String> sectors, RoundQuorum quorum) {
        return new RoundOpening(title, ITEMS, framework().id(), Instant.now().plus(Duration.ofDays(7)),
                RoundRevealMode.NAMED, quorum, sectors);
    }

    /** A round on VS-01 and MITZ, scored by the members of HAZ and MSZ, opened by the chair. */
    ScoringRound open(String title) {
        actAs("voorzitter");
        ScoringRound round = rounds.open(opening(title, Set.of("HAZ", "MSZ"), RoundQuorum.EVERY_SECTOR));
        nobody();
        return round;
    }

    /** Every criterion of the round at {@code value}, the first with {@code rationale}. */
    static Map<String, RoundScore> all(ScoringRound round, int value, String rationale) {
        Map<String, RoundScore> scores = new LinkedHashMap<>();
        for (ScoredCriterion c : round.criteria()) {
            scores.put(c.code(), new RoundScore(value, scores.isEmpty() ? rationale : null));
        }
        return scores;
    }

    /** {@code member} scores every item of the round at {@code value}. */
    RoundBallot scoreAll(ScoringRound round, String member, int value, String rationale) {
        actAs(member);
        RoundBallot ballot = rounds.myBallot(round.id()).orElseThrow();
        for (RoundItem item : round.items()) {
            ballot = rounds.score(round.id(), item.key(), all(round, value, rationale), ballot.version());
        }
        nobody();
        return ballot;
    }

    ScoringRound reveal(ScoringRound round) {
        actAs("voorzitter");
        ScoringRound current = rounds.find(round.id()).orElseThrow();
        ScoringRound revealed = rounds.reveal(round.id(), null, current.version());
        nobody();
        return revealed;
    }

    /** The chair reveals without the quorum, giving a reason. */
    ScoringRound revealAnyway(ScoringRound round) {
        actAs("voorzitter");
        ScoringRound current = rounds.find(round.id()).orElseThrow();
        ScoringRound revealed = rounds.reveal(round.id(), "De tafel besluit vandaag", current.version());
        nobody();
        return revealed;
    }

    static Clock after(Instant deadline) {
        return Clock.fixed(deadline.plusSeconds(1), java.time.ZoneOffset.UTC);
    }
}
