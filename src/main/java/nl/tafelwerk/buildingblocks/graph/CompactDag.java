package nl.tafelwerk.buildingblocks.graph;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import nl.tafelwerk.shared.DomainException;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * An immutable, array-based copy of the dependency graph for fast analyses. Bouwstenen are numbered
 * 0..n-1 in topological order with dependencies first, so every dependency has a lower number than its
 * dependants; edges are kept in both directions as compressed adjacency arrays.
 */
final class CompactDag {

    final String[] codes;
    private final Map<String, Integer> numbers;
    /** Dependencies of {@code i}: {@code dependencies[dependencyStart[i] .. dependencyStart[i+1])}, all {@code < i}. */
    final int[] dependencyStart;
    final int[] dependencies;
    /** Dependants of {@code i}: {@code dependants[dependantStart[i] .. dependantStart[i+1])}, all {@code > i}. */
    final int[] dependantStart;
    final int[] dependants;
    /** Numbers in alphabetical order of code, and each number's place in that order. */
    final int[] alphabetical;
    final int[] alphabeticalRank;
    /** The number of edges on the longest chain in the graph: no depth or critical chain is longer. */
    final int longestChainEdges;

    private CompactDag(String[] codes, int[] dependencyStart, int[] dependencies, int[] dependantStart,
                       int[] dependants) {
        this.codes = codes;
        int n = codes.length;
        this.numbers = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            numbers.put(codes[i], i);
        }
        this.dependencyStart = dependencyStart;
        this.dependencies = dependencies;
        this.dependantStart = dependantStart;
        this.dependants = dependants;
        Integer[] sorted = new Integer[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = i;
        }
        Arrays.sort(sorted, (a, b) -> codes[a].compareTo(codes[b]));
        this.alphabetical = new int[n];
        this.alphabeticalRank = new int[n];
        for (int r = 0; r < n; r++) {
            alphabetical[r] = sorted[r];
            alphabeticalRank[sorted[r]] = r;
        }
        int[] chain = new int[n];
        int longest = 0;
        for (int i = 0; i < n; i++) {
            for (int e = dependencyStart[i]; e < dependencyStart[i + 1]; e++) {
                chain[i] = Math.max(chain[i], chain[dependencies[e]] + 1);
            }
            longest = Math.max(longest, chain[i]);
        }
        this.longestChainEdges = longest;
    }

    /** Copies the graph; JGraphT's maintained topological order (dependants first) gives the numbering. */
    public static CompactDag of(DirectedAcyclicGraph<String, Dependency> dag) {
        int n = dag.vertexSet().size();
        String[] codes = new String[n];
        Iterator<String> topological = dag.iterator();
        for (int i = n - 1; i >= 0; i--) {
            codes[i] = topological.next();
        }
        Map<String, Integer> number = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            number.put(codes[i], i);
        }
        int m = dag.edgeSet().size();
        int[] dependencyStart = new int[n + 1];
        int[] dependencies = new int[m];
        int[] dependantCount = new int[n + 1];
        int e = 0;
        for (int i = 0; i < n; i++) {
            dependencyStart[i] = e;
            for (Dependency edge : dag.outgoingEdgesOf(codes[i])) {
                int j = number.get(edge.dependency());
                dependencies[e++] = j;
                dependantCount[j + 1]++;
            }
            Arrays.sort(dependencies, dependencyStart[i], e);
        }
        dependencyStart[n] = e;
        int[] dependantStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            dependantStart[i + 1] = dependantStart[i] + dependantCount[i + 1];
        }
        int[] fill = Arrays.copyOf(dependantStart, n);
        int[] dependants = new int[m];
        for (int i = 0; i < n; i++) {
            for (int k = dependencyStart[i]; k < dependencyStart[i + 1]; k++) {
                int j = dependencies[k];
                if (j >= i) {
                    throw new IllegalStateException("Not in topological order: " + codes[i] + " needs " + codes[j]);
                }
                dependants[fill[j]++] = i;
            }
        }
        return new CompactDag(codes, dependencyStart, dependencies, dependantStart, dependants);
    }

    public int size() {
        return codes.length;
    }

    public String code(int number) {
        return codes[number];
    }

    /** The number of a bouwsteen, or -1 when the code is not in the graph. */
    public int number(String code) {
        Integer number = numbers.get(code);
        return number == null ? -1 : number;
    }

    /**
     * Breadth-first search from one bouwsteen, towards what it needs or towards what needs it. Depth is
     * the length of the shortest chain. Ordered by depth, then code.
     */
    public List<Reach> reach(String code, boolean towardsDependencies) {
        int start = requireNumber(code);
        int[] edgeStart = towardsDependencies ? dependencyStart : dependantStart;
        int[] edges = towardsDependencies ? dependencies : dependants;
        int n = codes.length;
        int[] depth = new int[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        queue[tail++] = start;
        depth[start] = -1;
        int maxDepth = 0;
        while (head < tail) {
            int current = queue[head++];
            int next = Math.max(depth[current], 0) + 1;
            for (int e = edgeStart[current]; e < edgeStart[current + 1]; e++) {
                int target = edges[e];
                if (depth[target] == 0) {
                    depth[target] = next;
                    queue[tail++] = target;
                    maxDepth = next;
                }
            }
        }
        int found = tail - 1;
        int[] slot = new int[maxDepth + 2];
        for (int q = 1; q < tail; q++) {
            slot[depth[queue[q]] + 1]++;
        }
        for (int d = 1; d < slot.length; d++) {
            slot[d] += slot[d - 1];
        }
        Reach[] result = new Reach[found];
        for (int r = 0; r < n; r++) {
            int k = alphabetical[r];
            int d = depth[k];
            if (d > 0) {
                result[slot[d]++] = new Reach(codes[k], d);
            }
        }
        return Collections.unmodifiableList(Arrays.asList(result));
    }

    int requireNumber(String code) {
        int number = number(code);
        if (number < 0) {
            throw new DomainException("code", "bouwsteen.unknown", code);
        }
        return number;
    }
}
