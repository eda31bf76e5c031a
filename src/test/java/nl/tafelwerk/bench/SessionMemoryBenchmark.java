package nl.tafelwerk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.collaboration.CollaborationLoad;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 10: does the server let go of the people who leave? Users log in, open vraagstuk VS-01
 * (a co-edited view with presence, comments and the header's workspace presence) and leave again,
 * {@code bench.cycles} times, in the three ways people leave: closing the tab (the unload beacon)
 * and logging out, logging out, and walking away until the session expires (the server's own
 * expiry of idle sessions, triggered here at once). The clients run in a separate JVM
 * ({@link ClientFleet}), so this heap holds only the server. Prints the live heap after a full GC
 * (the class histogram's total) and the
 * live Vaadin sessions, vraagstuk views and engine topic connections at the start, after every
 * batch and at the end, and the retained growth per cycle.
 *
 * <pre>
 * mvn test -Dtest=SessionMemoryBenchmark -Dgroups=bench -DexcludedGroups=none -Dmaven.test.redirectTestOutputToFile=false \
 *     -Dbench.cycles=10000 -Dbench.batch=500 -Dbench.parallel=4
 * </pre>
 */
@Tag("bench")
@TafelwerkTest
class SessionMemoryBenchmark {

    private static final String[] MODES = {"beacon", "logout", "expire"};
    private static final String[] WARM_UP = {"expire", "beacon", "logout"};
    private static final int SETTLE = 30;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    CollaborationLoad load;

    @Test
    void sessionsOfPeopleWhoLeaveAreReleased() throws Exception {
        int cycles = Integer.getInteger("bench.cycles", 10_000);
        int batch = Integer.getInteger("bench.batch", 500);
        int parallel = Integer.getInteger("bench.parallel", 4);
        String route = System.getProperty("bench.route", "voorraadagenda/VS-01");
        BenchUsers.ensure(context, parallel);
        ServerSessions sessions = ServerSessions.of(context);
        List<String> report = new ArrayList<>();
        try (Fleet fleet = Fleet.start("http://localhost:" + port, BenchUsers.PASSWORD, route, "-")) {
            // Warm-up: one batch in each mode fills the one-off caches (routes, translations, JIT).
            for (String mode : WARM_UP) {
                leave(fleet, sessions, Math.min(batch, 60), mode, parallel);
            }
            // Every later snapshot is taken while the start snapshot's class histogram (some 10,000 class
            // names in two maps, about 1.5 MiB) is still held for the comparison at the end; the start
            // is therefore taken while an earlier histogram is held too, or that would count as growth.
            baseline = Snapshot.take(sessions, load);
            Snapshot start = Snapshot.take(sessions, load);
            baseline = start;
            report.add(start.line("start", 0));
            long started = System.nanoTime();
            int done = 0;
            int modeIndex = 0;
            while (done < cycles) {
                int count = Math.min(batch, cycles - done);
                String mode = MODES[modeIndex++ % MODES.length];
                leave(fleet, sessions, count, mode, parallel);
                done += count;
                Snapshot after = Snapshot.take(sessions, load);
                dumpHeapIfSessionsHeld(after);
                String line = after.line("after " + done + " (" + mode + ")", done);
                System.out.println(line);
                report.add(line);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            // Start and end are measured alike, after a batch of logouts: in development mode Vaadin's
            // ComponentTracker keeps a creation Throwable per component in a WeakHashMap whose stale
            // entries are dropped only when it is next used, so right after an expiry batch (when
            // nothing new is created) the last batch's entries are still counted (see DD015).
            leave(fleet, sessions, SETTLE, "logout", parallel);
            Snapshot end = Snapshot.take(sessions, load);
            report.add(end.line("end (+" + SETTLE + " logouts)", cycles));
            System.out.println();
            System.out.println("=== Session memory (" + cycles + " cycles of login, open " + route + ", leave; modes "
                    + String.join("/", MODES) + " in batches of " + batch + ", " + parallel + " clients at a time) ===");
            report.forEach(System.out::println);
            System.out.printf(Locale.ROOT, "retained growth per cycle: %.1f bytes (%+.2f MiB over %d cycles); %.1f s, %.1f ms per cycle%n",
                    (end.heap - start.heap) / (double) cycles, (end.heap - start.heap) / 1048576.0, cycles, seconds,
                    seconds * 1000 / cycles);
            System.out.println("classes grown most from start to end:");
            end.live.grownSince(start.live, 12).forEach(line -> System.out.println("  " + line));
        }
    }

    private Snapshot baseline;

    /**
     * With {@code -Dbench.heapDump=FILE}, the first snapshot that still holds more than a few Vaadin
     * sessions is written to FILE, for {@link HeapPaths} to show what holds them.
     */
    private boolean dumped;

    private void dumpHeapIfSessionsHeld(Snapshot snapshot) {
        String file = System.getProperty("bench.heapDump");
        if (file != null && !dumped && snapshot.vaadinSessions > 20) {
            LiveObjects.dumpHeap(java.nio.file.Path.of(file));
            dumped = true;
            System.out.println("heap dump with " + snapshot.vaadinSessions + " Vaadin sessions: " + file);
        }
    }

    private static void leave(Fleet fleet, ServerSessions sessions, int count, String mode, int parallel) throws Exception {
        fleet.command("cycles " + count + " " + mode + " " + parallel, "cycled");
        if (mode.equals("expire")) {
            sessions.expireAll();
        }
    }

    /** The live heap is the class histogram's total: all objects reachable right after a full GC. */
    private record Snapshot(LiveObjects live, long heap, long vaadinSessions, long views, long topicConnections,
                            int httpSessions, double settledSeconds) {

        static Snapshot take(ServerSessions sessions, CollaborationLoad load) throws InterruptedException {
            Thread.sleep(1000); // the last sessions' destroy and socket close run on server threads
            // Until the engine's deliveries are done, its queue holds the UIs they are for (and so the
            // sessions of people who just left): after a batch of 500 expiries, each telling everyone
            // still present that one person left, that is seconds of work (DD035). Measured once quiet.
            long waitStarted = System.nanoTime();
            while (System.nanoTime() - load.lastDeliveryFinishedNanos() < 1_000_000_000L
                    && System.nanoTime() - waitStarted < 180_000_000_000L) {
                Thread.sleep(200);
            }
            double settled = (System.nanoTime() - waitStarted) / 1e9;
            LiveObjects live = LiveObjects.count();
            return new Snapshot(live, live.totalBytes(), live.of("VaadinSession"), live.of("VraagstukView"),
                    live.exactly("com.vaadin.collaborationengine.TopicConnection"), sessions.count(), settled);
        }

        String line(String label, int cycles) {
            return String.format(Locale.ROOT,
                    "%-22s live heap %7.1f MiB | VaadinSession %5d | VraagstukView %5d | TopicConnection %5d | HTTP sessions %5d"
                            + " | deliveries done after %5.1f s",
                    label, heap / 1048576.0, vaadinSessions, views, topicConnections, httpSessions, settledSeconds);
        }
    }
}
