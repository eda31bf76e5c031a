package nl.tafelwerk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.SpringServlet;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.assessment.PublishedFrameworks;
import nl.tafelwerk.assessment.RoundBallot;
import nl.tafelwerk.assessment.RoundItem;
import nl.tafelwerk.assessment.RoundItemKind;
import nl.tafelwerk.assessment.RoundItemRef;
import nl.tafelwerk.assessment.RoundOpening;
import nl.tafelwerk.assessment.RoundQuorum;
import nl.tafelwerk.assessment.RoundRevealMode;
import nl.tafelwerk.assessment.RoundScore;
import nl.tafelwerk.assessment.RoundService;
import nl.tafelwerk.assessment.ScoredCriterion;
import nl.tafelwerk.assessment.ScoringRound;
import nl.tafelwerk.collaboration.CollaborationLoad;
import nl.tafelwerk.collaboration.CollaborationScope;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.SharedValues;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.identity.NewUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.UserDirectory;
import nl.tafelwerk.identity.UserService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Live progress of a scoring round with 30 members scoring at once (issue 11): 30 members each hold the round's view
 * open through {@link ProtocolClient}s in the separate {@link ClientFleet} JVM. One member saves (or withdraws) the
 * scores of an item, as their screen does: the save through the round service, then the count on the round's
 * channel. Server figure: from the start of the save until the last of the 30 UIs has the new count and its push
 * queued (the engine's last delivery); client figure: until every client received the push. Only counts travel.
 *
 * <pre>
 * mvn test -Dtest=RoundProgressBenchmark -Dgroups=bench -DexcludedGroups=none -Dmaven.test.redirectTestOutputToFile=false
 * </pre>
 * Options: {@code -Dbench.members=30 -Dbench.rounds=100 -Dbench.warmup=20}.
 */
@Tag("bench")
@TafelwerkTest
class RoundProgressBenchmark {

    private static final String PASSWORD = "bench-wachtwoord";
    private static final List<String> SECTORS = List.of("HAZ", "MSZ", "LZ", "VWS", "NICTIZ");

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    UserDirectory directory;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    RoundService rounds;
    @Autowired
    PublishedFrameworks frameworks;
    @Autowired
    CollaborationLoad load;
    @Autowired
    ServletRegistrationBean<SpringServlet> servlet;

    @Test
    void progressReachesEveryMember() throws Exception {
        int members = Integer.getInteger("bench.members", 30);
        int measured = Integer.getInteger("bench.rounds", 100);
        int warmup = Integer.getInteger("bench.warmup", 20);
        createMembers(members);
        actAs("voorzitter");
        ScoringRound round = rounds.open(new RoundOpening("Benchmarkronde " + System.nanoTime() % 10_000,
                List.of(new RoundItemRef(RoundItemKind.VRAAGSTUK, "VS-01"), new RoundItemRef(RoundItemKind.BOUWSTEEN, "MITZ")),
                frameworks.current().orElseThrow().id(), Instant.now().plus(Duration.ofDays(1)), RoundRevealMode.NAMED,
                RoundQuorum.EVERY_SECTOR, Set.copyOf(SECTORS)));
        SecurityContextHolder.clearContext();
        String item = RoundItem.key(RoundItemKind.VRAAGSTUK, "VS-01");
        Map<String, RoundScore> all = new LinkedHashMap<>();
        for (ScoredCriterion c : round.criteria()) {
            all.put(c.code(), new RoundScore(c.scale().values().getFirst(), null));
        }

        System.setProperty("bench.userPrefix", "rbench-");
        VaadinService.setCurrent(servlet.getServlet().getService());
        SharedValues channel = SharedValues.connect(CollaborationScope.background(),
                TopicId.item("scoringsronde", String.valueOf(round.id())), new Collaborator("rbench-001", "RBench 001"));
        long[] server = new long[measured];
        long[] save = new long[measured];
        long[] clients = new long[measured];
        try (Fleet fleet = Fleet.start("http://localhost:" + port, PASSWORD, "scoringsrondes/" + round.id(), "round-progress")) {
            fleet.command("open " + members, "opened");
            Thread.sleep(2000);
            actAs("rbench-001");
            RoundBallot ballot = rounds.myBallot(round.id()).orElseThrow();
            SecurityContextHolder.clearContext();
            for (int r = 0; r < warmup + measured; r++) {
                int done = r % 2 == 0 ? 1 : 0;
                String token = "RBench 001 (HAZ): " + done + " van 2 items";
                fleet.command("expect " + token, "armed");
                long start = System.nanoTime();
                actAs("rbench-001");
                // as the scoring form does: the next save is made against the version the previous one returned
                RoundBallot saved = rounds.score(round.id(), item, done == 1 ? all : Map.of(), ballot.version());
                ballot = saved;
                SecurityContextHolder.clearContext();
                long savedAt = System.nanoTime();
                channel.put("m.rbench-001", String.valueOf(saved.itemsDone(round)));
                String[] result = fleet.command("collect", "received").split(" ");
                assertThat(result[0]).as("all %d members saw round %d", members, r).isNotEqualTo("timeout");
                Thread.sleep(100);
                if (r >= warmup) {
                    int i = r - warmup;
                    server[i] = load.lastDeliveryFinishedNanos() - start;
                    save[i] = savedAt - start;
                    clients[i] = Long.parseLong(result[0]);
                }
            }
            fleet.command("close", "closed");
        } finally {
            channel.remove();
            VaadinService.setCurrent(null);
            System.clearProperty("bench.userPrefix");
        }
        System.out.println();
        System.out.println(String.format(Locale.ROOT, "=== Scoring round live progress: %d members with the round open, %d rounds after %d"
                        + " warm-up (clients in a separate JVM) ===%n"
                        + "server: save start -> all %d UIs updated, pushes queued  p50 %5.1f  p95 %5.1f  max %5.1f ms"
                        + " (of which the save itself p50 %5.1f  p95 %5.1f ms)%n"
                        + "clients: from arming until every client received the push  p50 %5.1f  p95 %5.1f  max %5.1f ms",
                members, measured, warmup, members, ms(percentile(server, 50)), ms(percentile(server, 95)), ms(percentile(server, 100)),
                ms(percentile(save, 50)), ms(percentile(save, 95)),
                ms(percentile(clients, 50)), ms(percentile(clients, 95)), ms(percentile(clients, 100))));
    }

    private void createMembers(int count) {
        actAs("beheerder");
        try {
            for (int i = 1; i <= count; i++) {
                String username = String.format(Locale.ROOT, "rbench-%03d", i);
                if (directory.findActive(username).isEmpty()) {
                    users.create(new NewUser(username, String.format(Locale.ROOT, "RBench %03d", i), Role.MEMBER,
                            SECTORS.get((i - 1) % SECTORS.size()), PASSWORD));
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void actAs(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

}
