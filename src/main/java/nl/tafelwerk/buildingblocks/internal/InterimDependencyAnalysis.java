package nl.tafelwerk.buildingblocks.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.tafelwerk.buildingblocks.AcceptanceCriterion;
import nl.tafelwerk.buildingblocks.CriticalPath;
import nl.tafelwerk.buildingblocks.DependencyAnalysis;
import nl.tafelwerk.buildingblocks.ImplementationPhase;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A plain-Java stand-in for the analyses, so the catalogue works on its own branch. The JGraphT
 * {@code DependencyGraph} written on the graph branch replaces this bean when the branches are merged
 * (implement {@link DependencyAnalysis} with it and delete this class).
 */
@Component
class InterimDependencyAnalysis implements DependencyAnalysis {

    @Override
    public List<String> cycleClosedBy(Map<String, Set<String>> needs, String from, String to) {
        // A link from → to closes a cycle when "to" already reaches "from".
        List<String> path = pathBetween(needs, to, from);
        if (path.isEmpty()) {
            return List.of();
        }
        List<String> cycle = new ArrayList<>();
        cycle.add(from);
        cycle.addAll(path);
        return cycle;
    }

    private static List<String> pathBetween(Map<String, Set<String>> needs, String start, String goal) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        queue.add(start);
        seen.add(start);
        while (!queue.isEmpty()) {
            String current = queue.poll();
            if (current.equals(goal)) {
                List<String> path = new ArrayList<>();
                for (String at = goal; at != null; at = cameFrom.get(at)) {
                    path.add(at);
                }
                Collections.reverse(path);
                return path;
            }
            for (String next : new TreeSet<>(needs.getOrDefault(current, Set.of()))) {
                if (seen.add(next)) {
                    cameFrom.put(next, current);
                    queue.add(next);
                }
            }
        }
        return List.of();
    }

    @Override
    public Set<String> neededTransitively(Map<String, Set<String>> needs, String code) {
        return reach(needs, code);
    }

    @Override
    public Set<String> needingTransitively(Map<String, Set<String>> needs, String code) {
        Map<String, Set<String>> reversed = new HashMap<>();
        needs.forEach((from, tos) -> tos.forEach(to -> reversed.computeIfAbsent(to, k -> new HashSet<>()).add(from)));
        return reach(reversed, code);
    }

    private static Set<String> reach(Map<String, Set<String>> edges, String start) {
        Set<String> seen = new TreeSet<>();
        Deque<String> stack = new ArrayDeque<>(edges.getOrDefault(start, Set.of()));
        while (!stack.isEmpty()) {
            String next = stack.pop();
            if (!next.equals(start) && seen.add(next)) {
                stack.addAll(edges.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    @Override
    public CriticalPath criticalPath(Map<String, Set<String>> needs, Map<String, Integer> leadTimes, String code) {
        Map<String, Integer> finish = new HashMap<>();
        Map<String, @Nullable String> determinedBy = new HashMap<>();
        earliest(needs, leadTimes, code, finish, determinedBy, new HashSet<>());
        List<String> chain = new ArrayList<>();
        for (String at = code; at != null; at = determinedBy.get(at)) {
            chain.add(at);
        }
        Collections.reverse(chain);
        List<String> unknown = chain.stream().filter(c -> !leadTimes.containsKey(c)).toList();
        return new CriticalPath(code, finish.getOrDefault(code, 0), chain, unknown);
    }

    private static int earliest(Map<String, Set<String>> needs, Map<String, Integer> leadTimes, String code,
                                Map<String, Integer> finish, Map<String, @Nullable String> determinedBy, Set<String> onStack) {
        Integer known = finish.get(code);
        if (known != null) {
            return known;
        }
        onStack.add(code);
        int start = 0;
        String by = null;
        for (String needed : new TreeSet<>(needs.getOrDefault(code, Set.of()))) {
            if (onStack.contains(needed)) {
                continue; // a cycle in old data: ignore the back link rather than loop
            }
            int ready = earliest(needs, leadTimes, needed, finish, determinedBy, onStack);
            if (by == null || ready > start) {
                start = ready;
                by = needed;
            }
        }
        onStack.remove(code);
        int result = start + leadTimes.getOrDefault(code, 0);
        finish.put(code, result);
        determinedBy.put(code, by);
        return result;
    }

    @Override
    public boolean readyFor(Map<AcceptanceCriterion, Integer> levels, @Nullable ImplementationPhase target) {
        if (target == null) {
            return true;
        }
        for (AcceptanceCriterion criterion : AcceptanceCriterion.values()) {
            if (levels.getOrDefault(criterion, 0) < criterion.requiredFor(target)) {
                return false;
            }
        }
        return true;
    }

    static Set<String> ordered(Set<String> set) {
        return new LinkedHashSet<>(new TreeSet<>(set));
    }
}
