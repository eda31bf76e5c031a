package nl.tafelwerk.bench;

import org.jspecify.annotations.Nullable;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's users, in a JVM of their own so that the server's heap and threads hold only
 * the server's work: N {@link ProtocolClient}s, driven by one-line commands on standard input.
 *
 * <pre>
 * open N        log in bench-001..N and open the route      -> fleet opened N
 * round TOKEN   the first client types TOKEN into the field  -> fleet result REPLY FIRST LAST D1,D2,... (nanoseconds)
 * close         log everyone out                             -> fleet closed
 * expect TOKEN  every client waits for TOKEN in a push        -> fleet armed
 * collect       wait until all received it                   -> fleet received LAST D1,D2,... (nanoseconds since armed)
 * cycles C M P  C times: a fresh client logs in, opens the route and leaves by M (beacon: unload beacon,
 *               then logout; logout; expire: drops the connection and leaves the session to expire),
 *               P clients at a time                          -> fleet cycled C
 * </pre>
 */
public final class ClientFleet {

    private final String base;
    private final String password;
    private final String route;
    private final String field;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(10)).build();
    private final List<ProtocolClient> clients = new ArrayList<>();
    /** The scoring-round benchmark logs in its own members (rbench-001 …), not the propagation benchmark's users. */
    private static final String USER_PREFIX = System.getProperty("bench.userPrefix", "bench-");
    private @Nullable Expectation expectation;

    /** What {@code expect} armed: every client's arrival of one token. */
    private record Expectation(long armed, ConcurrentHashMap<ProtocolClient, Long> arrivals, CountDownLatch done) {
    }

    private ClientFleet(String base, String password, String route, String field) {
        this.base = base;
        this.password = password;
        this.route = route;
        this.field = field;
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ClientFleet fleet = new ClientFleet(args[0], args[1], args[2], args[3]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] command = line.trim().split(" ", 2);
            switch (command[0]) {
                case "open" -> out.println("fleet opened " + fleet.open(Integer.parseInt(command[1])));
                case "round" -> out.println("fleet result " + fleet.round(command[1]));
                case "cycles" -> {
                    String[] args2 = command[1].split(" ");
                    out.println("fleet cycled " + fleet.cycles(Integer.parseInt(args2[0]), args2[1], Integer.parseInt(args2[2])));
                }
                case "expect" -> {
                    fleet.expect(command[1]);
                    out.println("fleet armed");
                }
                case "collect" -> out.println("fleet received " + fleet.collect());
                case "close" -> {
                    fleet.close();
                    out.println("fleet closed");
                }
                case "exit" -> System.exit(0);
                default -> out.println("fleet error unknown command " + line);
            }
        }
        System.exit(0);
    }

    private int open(int n) throws Exception {
        ExecutorService connect = Executors.newFixedThreadPool(4);
        List<Future<ProtocolClient>> opening = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String username = String.format(Locale.ROOT, USER_PREFIX + "%03d", i);
            opening.add(connect.submit(() -> {
                ProtocolClient client = new ProtocolClient(http, base);
                client.sendRequestsOverWebsocket(Boolean.getBoolean("bench.requestsOverWebsocket"));
                client.login(username, password);
                client.open(route);
                return client;
            }));
        }
        for (Future<ProtocolClient> future : opening) {
            clients.add(future.get(120, TimeUnit.SECONDS));
        }
        connect.shutdown();
        return clients.size();
    }

    private int cycles(int count, String mode, int parallel) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(parallel);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Future<Integer>> running = new ArrayList<>();
        for (int slot = 1; slot <= parallel; slot++) {
            String username = String.format(Locale.ROOT, "bench-%03d", slot); // one session at a time per user
            running.add(workers.submit(() -> {
                int done = 0;
                while (next.getAndIncrement() < count) {
                    ProtocolClient client = new ProtocolClient(http, base);
                    client.login(username, password);
                    client.open(route);
                    client.awaitPushConnected();
                    switch (mode) {
                        case "beacon" -> {
                            client.beacon();
                            client.abandon();
                            client.logout();
                        }
                        case "logout" -> {
                            client.abandon();
                            client.logout();
                        }
                        case "expire" -> client.abandon();
                        default -> throw new IllegalArgumentException("Unknown way to leave: " + mode);
                    }
                    done++;
                }
                return done;
            }));
        }
        int total = 0;
        for (Future<Integer> worker : running) {
            total += worker.get();
        }
        workers.shutdown();
        return total;
    }

    private String round(String token) throws Exception {
        ProtocolClient editor = clients.get(0);
        List<ProtocolClient> receivers = clients.subList(1, clients.size());
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
        long replied = System.nanoTime();
        if (!done.await(30, TimeUnit.SECONDS)) {
            return "timeout " + arrivals.size() + " of " + receivers.size();
        }
        long first = Long.MAX_VALUE;
        long last = 0;
        StringJoiner each = new StringJoiner(",");
        for (long arrival : arrivals.values()) {
            first = Math.min(first, arrival - sent);
            last = Math.max(last, arrival - sent);
            each.add(Long.toString(arrival - sent));
        }
        return (replied - sent) + " " + first + " " + last + " " + each;
    }

    private void expect(String token) {
        ConcurrentHashMap<ProtocolClient, Long> arrivals = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(clients.size());
        for (ProtocolClient client : clients) {
            client.onPush(message -> {
                if (message.contains(token) && arrivals.putIfAbsent(client, System.nanoTime()) == null) {
                    done.countDown();
                }
            });
        }
        expectation = new Expectation(System.nanoTime(), arrivals, done);
    }

    private String collect() throws InterruptedException {
        Expectation e = expectation;
        if (e == null) {
            return "timeout nothing expected";
        }
        if (!e.done().await(30, TimeUnit.SECONDS)) {
            return "timeout " + e.arrivals().size() + " of " + clients.size();
        }
        long last = 0;
        StringJoiner each = new StringJoiner(",");
        for (long arrival : e.arrivals().values()) {
            last = Math.max(last, arrival - e.armed());
            each.add(Long.toString(arrival - e.armed()));
        }
        return last + " " + each;
    }

    private void close() {
        clients.forEach(ProtocolClient::close);
        clients.clear();
    }
}
