package nl.tafelwerk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.identity.NewUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.UserDirectory;
import nl.tafelwerk.identity.UserService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Edit propagation with N live sessions on one co-edited item (issue 5's benchmark).
 *
 * <p>N distinct users each hold a UI on the item through {@link ProtocolClient} (login, UI, push
 * websocket — no browsers, see ../shared/STACK.md). One of them types a new value; the figure is the
 * time from sending that edit until every other UI has received it in a push message, over
 * {@code bench.rounds} rounds. Also prints the heap per open UI after GC.
 *
 * <pre>
 * mvn -B test -Dtest=CoEditingPropagationBenchmark -Dgroups=bench -DexcludedGroups=none -Dmaven.test.redirectTestOutputToFile=false
 * </pre>
 * Options: {@code -Dbench.route=tafel -Dbench.field=profile-notice -Dbench.rounds=30}.
 */
@Tag("bench")
@TafelwerkTest
class CoEditingPropagationBenchmark {

    private static final String PASSWORD = "bench-wachtwoord";

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    UserDirectory directory;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void propagationAcrossSessions() throws Exception {
        int[] ns = Arrays.stream(System.getProperty("bench.ns", "10,50,100,200").split(",")).mapToInt(Integer::parseInt).toArray();
        int rounds = Integer.getInteger("bench.rounds", 30);
        String route = System.getProperty("bench.route", "tafel");
        String field = System.getProperty("bench.field", "profile-notice");
        createBenchUsers(Arrays.stream(ns).max().orElse(10));

        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(10)).build();
        List<String> report = new ArrayList<>();
        for (int n : ns) {
            report.add(measure(http, n, rounds, route, field));
        }
        System.out.println();
        System.out.println("=== Co-editing propagation (route " + route + ", field " + field + ", " + rounds + " rounds) ===");
        report.forEach(System.out::println);
    }

    private String measure(HttpClient http, int n, int rounds, String route, String field) throws Exception {
        long heapBefore = usedHeapAfterGc();
        List<ProtocolClient> clients = new ArrayList<>();
        ExecutorService connect = Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<ProtocolClient>> opening = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String username = String.format(Locale.ROOT, "bench-%03d", i);
            opening.add(connect.submit(() -> {
                ProtocolClient client = new ProtocolClient(http, "http://localhost:" + port);
                client.login(username, PASSWORD);
                client.open(route);
                return client;
            }));
        }
        for (var future : opening) {
            clients.add(future.get(120, TimeUnit.SECONDS));
        }
        connect.shutdown();
        Thread.sleep(2000); // let the N² presence updates of the joins settle
        long heapPerUi = (usedHeapAfterGc() - heapBefore) / n;

        ProtocolClient editor = clients.get(0);
        List<ProtocolClient> receivers = clients.subList(1, clients.size());
        long[] allReceived = new long[rounds];
        List<Long> each = new ArrayList<>();
        for (int round = 0; round < rounds + 3; round++) {
            String token = "bench-" + n + "-" + round + "-" + System.nanoTime();
            ConcurrentHashMap<ProtocolClient, Long> arrivals = new ConcurrentHashMap<>();
            CountDownLatch done = new CountDownLatch(receivers.size());
            for (ProtocolClient receiver : receivers) {
                receiver.onPush(message -> {
                    if (message.contains(token) && arrivals.putIfAbsent(receiver, System.nanoTime()) == null) {
                        done.countDown();
                    }
                });
            }
            long sent = System.nanoTime();
            editor.setValue(field, token);
            boolean complete = done.await(30, TimeUnit.SECONDS);
            assertThat(complete).as("all %d receivers got round %d", receivers.size(), round).isTrue();
            if (round >= 3) { // the first rounds warm up
                long last = 0;
                for (long arrival : arrivals.values()) {
                    each.add(arrival - sent);
                    last = Math.max(last, arrival - sent);
                }
                allReceived[round - 3] = last;
            }
            Thread.sleep(100);
        }
        clients.forEach(ProtocolClient::close);

        long[] perDelivery = each.stream().mapToLong(Long::longValue).toArray();
        return String.format(Locale.ROOT,
                "N=%3d  all-received p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms | per delivery p50 %6.1f ms  p95 %6.1f ms | heap per UI %5d KiB",
                n, ms(percentile(allReceived, 50)), ms(percentile(allReceived, 95)), ms(percentile(allReceived, 100)),
                ms(percentile(perDelivery, 50)), ms(percentile(perDelivery, 95)), heapPerUi / 1024);
    }

    private void createBenchUsers(int count) {
        UserDetails admin = userDetails.loadUserByUsername("beheerder");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            for (int i = 1; i <= count; i++) {
                String username = String.format(Locale.ROOT, "bench-%03d", i);
                if (directory.findActive(username).isEmpty()) {
                    users.create(new NewUser(username, "Bench " + i, Role.SECRETARIAT, null, PASSWORD));
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
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
