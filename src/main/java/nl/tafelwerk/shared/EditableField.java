package nl.tafelwerk.shared;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One editable field of an aggregate: its name (the property the form binds and the field a
 * refusal names), the message key of its label, and how to read its value from the values type
 * {@code D}. Values compare as users see them: surrounding spaces, "" and an empty collection
 * count as empty, and a collection's order does not matter.
 *
 * @param valueKeyPrefix when set, a value is shown as the translation of prefix + value (enums, codes)
 */
public record EditableField<D>(String name, String labelKey, Function<D, @Nullable Object> reader,
                               @Nullable String valueKeyPrefix) {

    public EditableField {
        Objects.requireNonNull(name);
        Objects.requireNonNull(labelKey);
        Objects.requireNonNull(reader);
    }

    public @Nullable Object value(D values) {
        return reader.apply(values);
    }

    /** Whether two values of this field count as the same for the user. */
    public static boolean same(@Nullable Object a, @Nullable Object b) {
        Object x = normal(a);
        Object y = normal(b);
        if (x instanceof Collection<?> xs && y instanceof Collection<?> ys) {
            return xs.size() == ys.size() && xs.containsAll(ys);
        }
        return Objects.equals(x, y);
    }

    /** The value as stable plain text (null when empty): enums by name, collections sorted and joined. */
    public static @Nullable String text(@Nullable Object value) {
        Object v = normal(value);
        if (v == null) {
            return null;
        }
        if (v instanceof Enum<?> constant) {
            return constant.name();
        }
        if (v instanceof Collection<?> values) {
            TreeSet<String> sorted = new TreeSet<>();
            values.forEach(item -> sorted.add(String.valueOf(item instanceof Enum<?> e ? e.name() : item)));
            return String.join(", ", sorted);
        }
        if (v instanceof Map<?, ?> map) {
            return new java.util.TreeMap<>(map).toString();
        }
        if (v instanceof TemporalAccessor) {
            return v.toString();
        }
        return v.toString();
    }

    private static @Nullable Object normal(@Nullable Object value) {
        if (value instanceof String s) {
            String stripped = s.strip();
            return stripped.isEmpty() ? null : stripped;
        }
        if (value instanceof Collection<?> c && c.isEmpty()) {
            return null;
        }
        return value;
    }
}
