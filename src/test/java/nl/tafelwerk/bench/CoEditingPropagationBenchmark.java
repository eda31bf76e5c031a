package nl.tafelwerk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.collaboration.CollaborationLoad;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Edit propagation with N live sessions on one co-edited item (issue 5's benchmark).
 *
 * <p>N distinct users each hold a UI on vraagstuk VS-01 through {@link ProtocolClient}s (login, UI,
 * push websocket; no browsers, see ../shared/STACK.md) that run in a separate JVM, the
 * {@link ClientFleet}, so the server's heap holds only the server's state. One of them types a new
 * title; the figure is the time from sending that edit until every other UI has received it in a
 * push message, over {@code bench.rounds} rounds after {@code bench.warmup} warm-up rounds. Also
 * prints the server's heap per open UI after GC and how many engine deliveries one edit caused.
 *
 * <pre>
 * mvn -Pproduction test -Dtest=CoEditingPropagationBenchmark -Dgroups=bench -DexcludedGroups=none \
 *     -Dmaven.test.redirectTestOutputToFile=false -DenableAssertions=false ; mvn clean
 * </pre>
 * Options: {@code -Dbench.ns=10,50,100,200 -Dbench.rounds=100 -Dbench.warmup=30 -Dbench.route=tafel -Dbench.field=profile-notice}.
 */
@Tag("bench")
@TafelwerkTest
class CoEditingPropagationBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    CollaborationLoad load;

    @Test
    void propagationAcrossSessions() throws Exception {
        int[] ns = Arrays.stream(System.getProperty("bench.ns", "10,50,100,200").split(",")).mapToInt(Integer::parseInt).toArray();
        int rounds = Integer.getInteger("bench.rounds", 100);
        int warmup = Integer.getInteger("bench.warmup", 30);
        String route = System.getProperty("bench.route", "voorraadagenda/VS-01");
        String field = System.getProperty("bench.field", "vraagstuk-title");
        BenchUsers.ensure(context, Arrays.stream(ns).max().orElse(10));

        List<String> report = new ArrayList<>();
        try (Fleet fleet = Fleet.start("http://localhost:" + port, BenchUsers.PASSWORD, route, field)) {
            // One unrecorded pass first: the first UIs fill the server's one-off caches (routes,
            // translations, reflection), which would otherwise be counted as heap per UI.
            measure(fleet, 10, warmup, 10);
            for (int n : ns) {
                report.add(measure(fleet, n, warmup, rounds));
            }
        }
        System.out.println();
        System.out.println("=== Co-editing propagation (route " + route + ", field " + field + ", " + rounds + " rounds after "
                + warmup + " warm-up rounds; clients in a separate JVM) ===");
        report.forEach(System.out::println);
    }

    private String measure(Fleet fleet, int n, int warmup, int rounds) throws Exception {
        long heapBefore = usedHeapAfterGc();
        long deliveriesBefore = load.deliveries();
        fleet.command("open " + n, "opened");
        Thread.sleep(2000); // let the N² presence updates of the joins settle
        long heapPerUi = (usedHeapAfterGc() - heapBefore) / n;

        long[] allReceived = new long[rounds];
        long[] firstReceived = new long[rounds];
        long[] editorReply = new long[rounds];
        long[] serverSide = new long[rounds];
        List<Long> each = new ArrayList<>();
        long deliveriesMeasured = 0;
        for (int round = 0; round < warmup + rounds; round++) {
            long deliveriesAtStart = load.deliveries();
            String[] result = fleet.command("round bench-" + n + "-" + round + "-" + System.nanoTime(), "result").split(" ");
            assertThat(result[0]).as("all %d receivers got round %d", n - 1, round).isNotEqualTo("timeout");
            Thread.sleep(100);
            long heldAndQueued = load.lastDeliveryFinishedNanos() - load.lastEditSharedNanos();
            if (round >= warmup) { // the first rounds let the JIT settle
                int i = round - warmup;
                editorReply[i] = Long.parseLong(result[0]);
                serverSide[i] = heldAndQueued;
                firstReceived[i] = Long.parseLong(result[1]);
                allReceived[i] = Long.parseLong(result[2]);
                if (result.length > 3) {
                    Arrays.stream(result[3].split(",")).map(Long::parseLong).forEach(each::add);
                }
                deliveriesMeasured += load.deliveries() - deliveriesAtStart;
            }
        }
        fleet.command("close", "closed");
        Thread.sleep(1000);

        long[] perDelivery = each.stream().mapToLong(Long::longValue).toArray();
        return String.format(Locale.ROOT,
                "N=%3d  server: all hold it, pushes queued p50 %5.1f  p95 %5.1f  max %5.1f ms"
                        + " | clients: all received p50 %5.1f  p95 %5.1f  max %5.1f ms, each p50 %5.1f, first %5.1f, editor's reply %5.1f ms"
                        + " | deliveries per edit %5.1f | heap per open UI %5d KiB",
                n, ms(percentile(serverSide, 50)), ms(percentile(serverSide, 95)), ms(percentile(serverSide, 100)),
                ms(percentile(allReceived, 50)), ms(percentile(allReceived, 95)), ms(percentile(allReceived, 100)),
                ms(percentile(perDelivery, 50)), ms(percentile(firstReceived, 50)), ms(percentile(editorReply, 50)),
                deliveriesMeasured / (double) rounds, heapPerUi / 1024);
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

/** The {@link ClientFleet} process and its line protocol. */
final class Fleet implements AutoCloseable {

    private final Process process;
    private final java.io.BufferedWriter commands;
    private final java.io.BufferedReader replies;

    private Fleet(Process process) {
        this.process = process;
        this.commands = process.outputWriter(java.nio.charset.StandardCharsets.UTF_8);
        this.replies = process.inputReader(java.nio.charset.StandardCharsets.UTF_8);
    }

    static Fleet start(String base, String password, String route, String field) throws java.io.IOException {
        String javaCommand = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(javaCommand, "-Xmx1g", "-XX:+UseSerialGC",
                "-Dbench.requestsOverWebsocket=" + Boolean.getBoolean("bench.requestsOverWebsocket"),
                "-Dbench.userPrefix=" + System.getProperty("bench.userPrefix", "bench-"), "-cp", System.getProperty("java.class.path"),
                ClientFleet.class.getName(), base, password, route, field);
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        return new Fleet(builder.start());
    }

    /** Sends a command and returns the rest of its "fleet WORD ..." reply, skipping other output. */
    String command(String command, String expectedWord) throws java.io.IOException {
        commands.write(command);
        commands.newLine();
        commands.flush();
        for (String line = replies.readLine(); line != null; line = replies.readLine()) {
            if (line.startsWith("fleet " + expectedWord)) {
                return line.substring(("fleet " + expectedWord).length()).trim();
            }
            if (line.startsWith("fleet error")) {
                throw new IllegalStateException(line);
            }
        }
        throw new IllegalStateException("The client fleet stopped (exit " + process.exitValue() + ")");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
