package nl.tafelwerk.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What changed from one published version to another: gates and criteria added, removed or changed (matched
 * by code), per changed field both values, and the boosts. Plain values, computed without a database.
 */
public record FrameworkDiff(FrameworkVersion from, FrameworkVersion to, List<Row> gates, List<Row> criteria,
                            List<Field> boosts) {

    public enum Change {
        ADDED, REMOVED, CHANGED
    }

    /** One gate or criterion that differs; for an added or removed one {@code fields} lists its values. */
    public record Row(String code, String name, Change change, List<Field> fields) {
    }

    /** A field's value before and after, as text ({@code null} when absent). */
    public record Field(String name, @Nullable String before, @Nullable String after) {
    }

    /** The field of a row's place in the list: compared among the rows both versions hold. */
    public static final String POSITION = "position";

    public boolean isEmpty() {
        return gates.isEmpty() && criteria.isEmpty() && boosts.isEmpty();
    }

    public static FrameworkDiff between(FrameworkVersion from, FrameworkVersion to) {
        List<Row> gates = rows(index(from.gates(), GateCriterion::code, FrameworkDiff::fields),
                index(to.gates(), GateCriterion::code, FrameworkDiff::fields),
                names(from.gates(), GateCriterion::code, GateCriterion::name), names(to.gates(), GateCriterion::code, GateCriterion::name));
        List<Row> criteria = rows(index(from.criteria(), ScoredCriterion::code, FrameworkDiff::fields),
                index(to.criteria(), ScoredCriterion::code, FrameworkDiff::fields),
                names(from.criteria(), ScoredCriterion::code, ScoredCriterion::name),
                names(to.criteria(), ScoredCriterion::code, ScoredCriterion::name));
        List<Field> boosts = new ArrayList<>();
        compare(boosts, "legalObligation", number(from.boosts().legalObligation()), number(to.boosts().legalObligation()));
        compare(boosts, "perDependentBouwsteen", number(from.boosts().perDependentBouwsteen()),
                number(to.boosts().perDependentBouwsteen()));
        return new FrameworkDiff(from, to, gates, criteria, boosts);
    }

    private static <T> Map<String, Map<String, @Nullable String>> index(List<T> rows, java.util.function.Function<T, String> code,
                                                              java.util.function.BiFunction<T, Integer, Map<String, @Nullable String>> fields) {
        Map<String, Map<String, @Nullable String>> byCode = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byCode.put(code.apply(rows.get(i)), fields.apply(rows.get(i), i + 1));
        }
        return byCode;
    }

    private static <T> Map<String, String> names(List<T> rows, java.util.function.Function<T, String> code,
                                                 java.util.function.Function<T, String> name) {
        return rows.stream().collect(Collectors.toMap(code, name, (a, b) -> a, LinkedHashMap::new));
    }

    private static List<Row> rows(Map<String, Map<String, @Nullable String>> before, Map<String, Map<String, @Nullable String>> after,
                                  Map<String, String> namesBefore, Map<String, String> namesAfter) {
        // A place counts among the rows both versions hold, so one removal does not "move" every row after it.
        List<String> keptBefore = before.keySet().stream().filter(after::containsKey).toList();
        List<String> keptAfter = after.keySet().stream().filter(before::containsKey).toList();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, @Nullable String>> entry : after.entrySet()) {
            Map<String, @Nullable String> old = before.get(entry.getKey());
            if (old == null) {
                List<Field> fields = new ArrayList<>();
                entry.getValue().forEach((name, value) -> {
                    if (!name.equals(POSITION)) {
                        fields.add(new Field(name, null, value));
                    }
                });
                rows.add(new Row(entry.getKey(), namesAfter.get(entry.getKey()), Change.ADDED, fields));
            } else {
                List<Field> fields = new ArrayList<>();
                entry.getValue().forEach((name, value) -> {
                    if (name.equals(POSITION)) {
                        compare(fields, name, String.valueOf(keptBefore.indexOf(entry.getKey()) + 1),
                                String.valueOf(keptAfter.indexOf(entry.getKey()) + 1));
                    } else {
                        compare(fields, name, old.get(name), value);
                    }
                });
                if (!fields.isEmpty()) {
                    rows.add(new Row(entry.getKey(), namesAfter.get(entry.getKey()), Change.CHANGED, fields));
                }
            }
        }
        for (Map.Entry<String, Map<String, @Nullable String>> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                List<Field> fields = new ArrayList<>();
                entry.getValue().forEach((name, value) -> {
                    if (!name.equals(POSITION)) {
                        fields.add(new Field(name, value, null));
                    }
                });
                rows.add(new Row(entry.getKey(), namesBefore.get(entry.getKey()), Change.REMOVED, fields));
            }
        }
        return rows;
    }

    private static void compare(List<Field> fields, String name, @Nullable String before, @Nullable String after) {
        if (!Objects.equals(before, after)) {
            fields.add(new Field(name, before, after));
        }
    }

    private static Map<String, @Nullable String> fields(GateCriterion gate, int position) {
        Map<String, @Nullable String> fields = new LinkedHashMap<>();
        fields.put("name", gate.name());
        fields.put("description", blankToNull(gate.description()));
        fields.put(POSITION, String.valueOf(position));
        return fields;
    }

    private static Map<String, @Nullable String> fields(ScoredCriterion criterion, int position) {
        Map<String, @Nullable String> fields = new LinkedHashMap<>();
        fields.put("name", criterion.name());
        fields.put("description", blankToNull(criterion.description()));
        fields.put("scale", criterion.scale().values().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        fields.put("weight", number(criterion.weight()));
        fields.put("part", criterion.part().name());
        fields.put(POSITION, String.valueOf(position));
        return fields;
    }

    private static String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
