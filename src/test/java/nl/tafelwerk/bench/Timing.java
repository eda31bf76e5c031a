package nl.tafelwerk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import nl.tafelwerk.buildingblocks.graph.DependencyGraph;

/** What the in-process benchmarks share: a timing loop and a random dependency graph of the catalogue's size. */
public final class Timing {

    public static final int WARM_UP = 15;
    public static final int RUNS = 25;
    /** Results folded in here so the JIT cannot drop the work measured. */
    private static long sink;

    private Timing() {
    }

    /** Median and maximum in ms of {@link #RUNS} runs after {@link #WARM_UP}; prints one line with {@code name}. */
    public static double[] measure(String name, LongSupplier work) {
        for (int i = 0; i < WARM_UP; i++) {
            sink += work.getAsLong();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            sink += work.getAsLong();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = (millis[(RUNS - 1) / 2] + millis[RUNS / 2]) / 2;
        System.out.printf(Locale.ROOT, "%-62s median %6.2f ms, max %6.2f ms, min %6.2f ms (%d warm-up, %d runs)%n", name, median,
                millis[RUNS - 1], millis[0], WARM_UP, RUNS);
        return new double[] {median, millis[RUNS - 1]};
    }

    public static long sink() {
        return sink;
    }

    /** {@code dependencies} random edges "later needs earlier" in a hidden order, added in random order: never a cycle. */
    public static DependencyGraph randomDag(List<String> codes, int dependencies, Random random) {
        List<String> hidden = new ArrayList<>(codes);
        Collections.shuffle(hidden, random);
        DependencyGraph graph = DependencyGraph.of(codes);
        Set<Long> seen = new HashSet<>();
        int n = codes.size();
        while (seen.size() < dependencies) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b && seen.add((long) Math.max(a, b) * n + Math.min(a, b))) {
                graph.addDependency(hidden.get(Math.max(a, b)), hidden.get(Math.min(a, b)), "bench");
            }
        }
        return graph;
    }
}
