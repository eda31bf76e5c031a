package nl.tafelwerk.buildingblocks.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The critical path method in one pass in topological order (dependencies first), O(V + E): a
 * bouwsteen's earliest start is the latest earliest-ready week among its dependencies, and the
 * dependency that sets it is its critical predecessor; ties go to the alphabetically first code.
 * Critical chains are followed back through the predecessors when asked for.
 */
final class CriticalPathSchedule implements Schedule {

    /** About a century; keeps every sum of lead times far inside an int. */
    public static final int MAX_LEAD_TIME_WEEKS = 5_200;

    private final CompactDag dag;
    private final int[] lead;
    private final int[] start;
    private final int[] ready;
    /** The dependency whose readiness sets the start, or -1 for a bouwsteen without dependencies. */
    private final int[] critical;

    public CriticalPathSchedule(CompactDag dag, int[] leadTimeWeeks) {
        int n = dag.size();
        this.dag = dag;
        this.lead = leadTimeWeeks.clone();
        this.start = new int[n];
        this.ready = new int[n];
        this.critical = new int[n];
        for (int i = 0; i < n; i++) {
            int latest = 0;
            int via = -1;
            for (int e = dag.dependencyStart[i]; e < dag.dependencyStart[i + 1]; e++) {
                int j = dag.dependencies[e];
                if (via < 0 || ready[j] > latest
                        || (ready[j] == latest && dag.alphabeticalRank[j] < dag.alphabeticalRank[via])) {
                    latest = ready[j];
                    via = j;
                }
            }
            start[i] = latest;
            critical[i] = via;
            ready[i] = latest + lead[i];
        }
    }

    @Override
    public Readiness readiness(String code) {
        return readiness(dag.requireNumber(code));
    }

    @Override
    public List<Readiness> all() {
        int n = dag.size();
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = ((long) ready[i] << 32) | dag.alphabeticalRank[i];
        }
        Arrays.sort(order);
        List<Readiness> all = new ArrayList<>(n);
        for (long key : order) {
            all.add(readiness(dag.alphabetical[(int) key]));
        }
        return Collections.unmodifiableList(all);
    }

    @Override
    public int totalWeeks() {
        int total = 0;
        for (int weeks : ready) {
            total = Math.max(total, weeks);
        }
        return total;
    }

    @Override
    public List<String> criticalChain() {
        int end = -1;
        for (int i = 0; i < ready.length; i++) {
            if (end < 0 || ready[i] > ready[end]
                    || (ready[i] == ready[end] && dag.alphabeticalRank[i] < dag.alphabeticalRank[end])) {
                end = i;
            }
        }
        return end < 0 ? List.of() : chain(end);
    }

    private Readiness readiness(int i) {
        return new Readiness(dag.codes[i], lead[i], start[i], ready[i], chain(i));
    }

    private List<String> chain(int end) {
        int length = 0;
        for (int k = end; k >= 0; k = critical[k]) {
            length++;
        }
        String[] chain = new String[length];
        for (int k = end; k >= 0; k = critical[k]) {
            chain[--length] = dag.codes[k];
        }
        return List.of(chain);
    }
}
