package nl.tafelwerk.scenarios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The tijd parameter worked out per quarter. A planned bouwsteen runs from its start quarter for its
 * lead time (weeks rounded up to whole quarters of 13 weeks, at least one; unknown counts as one and
 * is listed), and is ready when it ends. A bouwsteen planned to start before something it needs
 * (per the catalogue's dependency graph) is ready is a {@link Violation} naming both. What it needs
 * but the scenario leaves out is listed as {@link #outside()}: assumed to be there, worth a look.
 * The critical path is the chain ending at the latest end, followed back through the dependency
 * that is ready last as long as it leaves no slack.
 */
public record Timeline(List<Bar> bars, List<Arrow> arrows, List<Violation> violations, List<Arrow> outside,
                       List<String> unknownBouwstenen, List<String> unknownLeadTimes, List<String> criticalPath,
                       @Nullable Quarter start, @Nullable Quarter end) {

    public static final int WEEKS_PER_QUARTER = 13;

    /** A bouwsteen on the timeline: from {@code start} up to (not including) {@code end}. */
    public record Bar(String code, Quarter start, Quarter end) {
        public int quarters() {
            return start.quartersUntil(end);
        }
    }

    /** {@code dependant} needs {@code dependency}. */
    public record Arrow(String dependant, String dependency) {
    }

    /** {@code code} starts in {@code start}, before {@code needs} is ready in {@code needsReady}. */
    public record Violation(String code, Quarter start, String needs, Quarter needsReady) {
    }

    /**
     * @param needs     code → codes it directly needs (the catalogue's graph)
     * @param leadTimes code → lead time in weeks (missing = unknown)
     * @param known     the codes the catalogue holds now; a planned code outside it is listed as unknown
     */
    public static Timeline of(List<PlannedBouwsteen> plan, Map<String, Set<String>> needs, Map<String, Integer> leadTimes,
                              Set<String> known) {
        Map<String, Bar> bars = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        List<String> unknownLead = new ArrayList<>();
        for (PlannedBouwsteen p : plan) {
            if (!known.contains(p.code())) {
                unknown.add(p.code());
                continue;
            }
            Integer weeks = leadTimes.get(p.code());
            if (weeks == null) {
                unknownLead.add(p.code());
            }
            int quarters = weeks == null ? 1 : Math.max(1, (weeks + WEEKS_PER_QUARTER - 1) / WEEKS_PER_QUARTER);
            bars.putIfAbsent(p.code(), new Bar(p.code(), p.start(), p.start().plus(quarters)));
        }
        List<Arrow> arrows = new ArrayList<>();
        List<Arrow> outside = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        Map<String, String> tightest = new HashMap<>();
        Quarter first = null;
        Bar last = null;
        for (Bar bar : bars.values()) {
            for (String needed : needs.getOrDefault(bar.code(), Set.of())) {
                Bar dependency = bars.get(needed);
                if (dependency == null) {
                    outside.add(new Arrow(bar.code(), needed));
                    continue;
                }
                arrows.add(new Arrow(bar.code(), needed));
                if (bar.start().compareTo(dependency.end()) < 0) {
                    violations.add(new Violation(bar.code(), bar.start(), needed, dependency.end()));
                }
                if (dependency.end().compareTo(bar.start()) >= 0) {
                    String current = tightest.get(bar.code());
                    if (current == null || bars.get(current).end().compareTo(dependency.end()) < 0) {
                        tightest.put(bar.code(), needed);
                    }
                }
            }
            if (first == null || bar.start().compareTo(first) < 0) {
                first = bar.start();
            }
            if (last == null || bar.end().compareTo(last.end()) > 0) {
                last = bar;
            }
        }
        List<String> path = new ArrayList<>();
        for (String code = last == null ? null : last.code(); code != null && !path.contains(code); code = tightest.get(code)) {
            path.add(code);
        }
        Collections.reverse(path);
        violations.sort((a, b) -> a.code().equals(b.code()) ? a.needs().compareTo(b.needs()) : a.code().compareTo(b.code()));
        return new Timeline(List.copyOf(bars.values()), List.copyOf(arrows), List.copyOf(violations), List.copyOf(outside),
                List.copyOf(unknown), List.copyOf(unknownLead), List.copyOf(path), first, last == null ? null : last.end());
    }

    public @Nullable Bar bar(String code) {
        for (Bar bar : bars) {
            if (bar.code().equals(code)) {
                return bar;
            }
        }
        return null;
    }

    /** The last quarter in which work is done (the end is exclusive). */
    public @Nullable Quarter lastQuarter() {
        return end == null ? null : end.plus(-1);
    }
}
