package nl.tafelwerk.buildingblocks.graph;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;

/**
 * The transitive closure in both directions for all bouwstenen, computed at once. Each bouwsteen's answer
 * is stored as one {@code int[]} of packed entries {@code depth << 16 | alphabetical rank}, in the order
 * of the answers (depth, then code): 4 bytes per reachable pair. Depth and rank must both fit in 15 bits,
 * hence the limit of {@value #MAX_SIZE} bouwstenen.
 *
 * <p>Two ways to compute it, with identical results:
 * <ul>
 *   <li><b>By levels</b> (dynamic programming over bit sets, the usual choice): the bouwstenen at exactly
 *       depth k from x are those at depth k-1 from one of x's direct neighbours that x does not reach in
 *       fewer steps. With one bit per bouwsteen, numbered alphabetically, a level is a few word-wide ORs
 *       per edge, and reading the bits in order yields each level already sorted by code. Cost about
 *       (longest chain + 1) · E · n/64 word operations, only for bouwstenen whose neighbours changed.</li>
 *   <li><b>By search</b>: one breadth-first search per bouwsteen and direction, then a sort. Cost about
 *       Σ (reachable pairs × degree); better for very deep, thin graphs, where the number of levels
 *       is large.</li>
 * </ul>
 * The reachability sets (one pass in topological order) give both cost estimates; the cheaper way runs.
 */
final class SparseClosure implements TransitiveClosure {

    public static final int MAX_SIZE = 1 << 15;
    /** Above this, bit sets of n² bits per direction take too much memory: search instead. */
    private static final int MAX_SIZE_BY_LEVELS = 8_192;
    /** Roughly how many word operations by levels cost as much as one edge visited by search. */
    private static final long WORDS_PER_VISIT = 16;
    private static final int RANK_BITS = 16;
    private static final int RANK_MASK = (1 << RANK_BITS) - 1;

    /** Which computation to use; {@link #CHEAPEST} chooses by estimated cost. */
    public enum Method { CHEAPEST, BY_LEVELS, BY_SEARCH }

    private final CompactDag dag;
    private final Method used;
    private final int[][] dependencies;
    private final int[][] dependants;

    public SparseClosure(CompactDag dag) {
        this(dag, Method.CHEAPEST);
    }

    public SparseClosure(CompactDag dag, Method method) {
        int n = dag.size();
        if (n > MAX_SIZE) {
            throw new IllegalStateException("The closure supports up to " + MAX_SIZE + " bouwstenen, not " + n);
        }
        this.dag = dag;
        if (method == Method.BY_SEARCH || (method == Method.CHEAPEST && n > MAX_SIZE_BY_LEVELS)) {
            this.used = Method.BY_SEARCH;
            this.dependencies = bySearch(dag, dag.dependencyStart, dag.dependencies);
            this.dependants = bySearch(dag, dag.dependantStart, dag.dependants);
            return;
        }
        int words = (n + 63) >>> 6;
        long[] down = reachability(dag, dag.dependencyStart, dag.dependencies, true, words);
        long[] up = reachability(dag, dag.dependantStart, dag.dependants, false, words);
        if (method == Method.CHEAPEST && levelWork(dag, words) > WORDS_PER_VISIT * searchWork(dag, down, up, words)) {
            this.used = Method.BY_SEARCH;
            this.dependencies = bySearch(dag, dag.dependencyStart, dag.dependencies);
            this.dependants = bySearch(dag, dag.dependantStart, dag.dependants);
        } else {
            this.used = Method.BY_LEVELS;
            this.dependencies = byLevels(dag, dag.dependencyStart, dag.dependencies, down, words);
            this.dependants = byLevels(dag, dag.dependantStart, dag.dependants, up, words);
        }
    }

    /** The computation that ran: {@link Method#BY_LEVELS} or {@link Method#BY_SEARCH}. */
    public Method method() {
        return used;
    }

    /**
     * Everything reachable from every bouwsteen, one bit set of {@code words} longs per bouwsteen (bit =
     * alphabetical rank): one pass in topological order, each set the union of its neighbours' sets and
     * the neighbours themselves. Neighbours in the direction of the edges always come earlier in that
     * order: lower numbers for dependencies ({@code ascending}), higher for dependants.
     */
    private static long[] reachability(CompactDag dag, int[] edgeStart, int[] edges, boolean ascending, int words) {
        int n = dag.size();
        long[] reach = new long[n * words];
        for (int step = 0; step < n; step++) {
            int x = ascending ? step : n - 1 - step;
            int row = x * words;
            for (int e = edgeStart[x]; e < edgeStart[x + 1]; e++) {
                int c = edges[e];
                int from = c * words;
                for (int w = 0; w < words; w++) {
                    reach[row + w] |= reach[from + w];
                }
                int rank = dag.alphabeticalRank[c];
                reach[row + (rank >>> 6)] |= 1L << rank;
            }
        }
        return reach;
    }

    private static long levelWork(CompactDag dag, int words) {
        return 2L * (dag.longestChainEdges + 1) * dag.dependencies.length * words;
    }

    /** Edges a breadth-first search from every bouwsteen visits, in both directions. */
    private static long searchWork(CompactDag dag, long[] down, long[] up, int words) {
        long work = 0;
        for (int y = 0; y < dag.size(); y++) {
            int outDegree = dag.dependencyStart[y + 1] - dag.dependencyStart[y];
            int inDegree = dag.dependantStart[y + 1] - dag.dependantStart[y];
            work += (long) outDegree * (count(up, y, words) + 1) + (long) inDegree * (count(down, y, words) + 1);
        }
        return work;
    }

    private static int count(long[] sets, int x, int words) {
        int count = 0;
        for (int w = x * words, end = w + words; w < end; w++) {
            count += Long.bitCount(sets[w]);
        }
        return count;
    }

    private static int[][] byLevels(CompactDag dag, int[] edgeStart, int[] edges, long[] reach, int words) {
        int n = dag.size();
        int[][] result = new int[n][];
        int[] filled = new int[n];
        for (int x = 0; x < n; x++) {
            result[x] = new int[count(reach, x, words)];
        }
        long[] seen = new long[n * words];
        long[] fresh = new long[n * words];
        long[] next = new long[n * words];
        boolean[] freshChanged = new boolean[n];
        boolean[] nextChanged = new boolean[n];

        // Depth 1: the direct neighbours.
        boolean any = false;
        for (int x = 0; x < n; x++) {
            int row = x * words;
            for (int e = edgeStart[x]; e < edgeStart[x + 1]; e++) {
                int rank = dag.alphabeticalRank[edges[e]];
                fresh[row + (rank >>> 6)] |= 1L << rank;
            }
            if (edgeStart[x + 1] > edgeStart[x]) {
                System.arraycopy(fresh, row, seen, row, words);
                filled[x] = emit(fresh, row, words, 1, result[x], 0);
                freshChanged[x] = true;
                any = true;
            }
        }
        for (int depth = 2; any; depth++) {
            any = false;
            for (int x = 0; x < n; x++) {
                boolean active = false;
                int row = x * words;
                for (int e = edgeStart[x]; e < edgeStart[x + 1]; e++) {
                    int c = edges[e];
                    if (!freshChanged[c]) {
                        continue;
                    }
                    int from = c * words;
                    if (!active) {
                        System.arraycopy(fresh, from, next, row, words);
                        active = true;
                    } else {
                        for (int w = 0; w < words; w++) {
                            next[row + w] |= fresh[from + w];
                        }
                    }
                }
                boolean changed = false;
                if (active) {
                    for (int w = 0; w < words; w++) {
                        long found = next[row + w] & ~seen[row + w];
                        next[row + w] = found;
                        seen[row + w] |= found;
                        changed |= found != 0;
                    }
                    if (changed) {
                        filled[x] = emit(next, row, words, depth, result[x], filled[x]);
                    }
                }
                nextChanged[x] = changed;
                any |= changed;
            }
            long[] sets = fresh;
            fresh = next;
            next = sets;
            boolean[] flags = freshChanged;
            freshChanged = nextChanged;
            nextChanged = flags;
        }
        return result;
    }

    /** Appends the set bits of one bit set as packed entries at {@code depth}, in rank order. */
    private static int emit(long[] sets, int row, int words, int depth, int[] into, int at) {
        int packedDepth = depth << RANK_BITS;
        for (int w = 0; w < words; w++) {
            long bits = sets[row + w];
            while (bits != 0) {
                into[at++] = packedDepth | ((w << 6) + Long.numberOfTrailingZeros(bits));
                bits &= bits - 1;
            }
        }
        return at;
    }

    private static int[][] bySearch(CompactDag dag, int[] edgeStart, int[] edges) {
        int n = dag.size();
        int[][] result = new int[n][];
        int[] seenFrom = new int[n];
        int[] depth = new int[n];
        int[] queue = new int[n];
        for (int source = 0; source < n; source++) {
            int stamp = source + 1;
            int head = 0;
            int tail = 0;
            queue[tail++] = source;
            seenFrom[source] = stamp;
            depth[source] = 0;
            while (head < tail) {
                int current = queue[head++];
                int next = depth[current] + 1;
                for (int e = edgeStart[current]; e < edgeStart[current + 1]; e++) {
                    int target = edges[e];
                    if (seenFrom[target] != stamp) {
                        seenFrom[target] = stamp;
                        depth[target] = next;
                        queue[tail++] = target;
                    }
                }
            }
            int[] packed = new int[tail - 1];
            for (int q = 1; q < tail; q++) {
                int target = queue[q];
                packed[q - 1] = depth[target] << RANK_BITS | dag.alphabeticalRank[target];
            }
            Arrays.sort(packed);
            result[source] = packed;
        }
        return result;
    }

    @Override
    public List<Reach> dependenciesOf(String code) {
        return unpack(dependencies[dag.requireNumber(code)]);
    }

    @Override
    public List<Reach> dependantsOf(String code) {
        return unpack(dependants[dag.requireNumber(code)]);
    }

    @Override
    public boolean dependsOn(String dependant, String dependency) {
        return depth(dependant, dependency).isPresent();
    }

    /** A scan of the dependant's answer: O(number of its transitive dependencies). */
    @Override
    public OptionalInt depth(String dependant, String dependency) {
        int[] row = dependencies[dag.requireNumber(dependant)];
        int rank = dag.alphabeticalRank[dag.requireNumber(dependency)];
        for (int packed : row) {
            if ((packed & RANK_MASK) == rank) {
                return OptionalInt.of(packed >>> RANK_BITS);
            }
        }
        return OptionalInt.empty();
    }

    private List<Reach> unpack(int[] row) {
        Reach[] result = new Reach[row.length];
        for (int i = 0; i < row.length; i++) {
            int packed = row[i];
            result[i] = new Reach(dag.codes[dag.alphabetical[packed & RANK_MASK]], packed >>> RANK_BITS);
        }
        return Collections.unmodifiableList(Arrays.asList(result));
    }
}
