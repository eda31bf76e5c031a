package nl.tafelwerk.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The editable fields of one aggregate, in the order users see them: the one list that the history,
 * the conflict dialog and the "unsaved changes" check all walk, so a new field is added once.
 */
public final class FieldCatalogue<D> {

    private final Map<String, EditableField<D>> fields;

    private FieldCatalogue(Map<String, EditableField<D>> fields) {
        this.fields = fields;
    }

    public static <D> Builder<D> builder() {
        return new Builder<>();
    }

    public List<EditableField<D>> fields() {
        return List.copyOf(fields.values());
    }

    public Optional<EditableField<D>> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The fields whose values differ, with both values as plain text (for the history). */
    public List<FieldChange> changes(D before, D after) {
        List<FieldChange> changes = new ArrayList<>();
        for (EditableField<D> field : fields.values()) {
            Object old = field.value(before);
            Object now = field.value(after);
            if (!EditableField.same(old, now)) {
                changes.add(new FieldChange(field.name(), EditableField.text(old), EditableField.text(now)));
            }
        }
        return changes;
    }

    /** Whether every field holds the same value in both. */
    public boolean sameValues(D a, D b) {
        for (EditableField<D> field : fields.values()) {
            if (!EditableField.same(field.value(a), field.value(b))) {
                return false;
            }
        }
        return true;
    }

    /** The same fields read from another type that holds them, e.g. a form bean turned into the draft record. */
    public <E> FieldCatalogue<E> readFrom(Function<E, D> convert) {
        Map<String, EditableField<E>> mapped = new LinkedHashMap<>();
        fields.values().forEach(f -> mapped.put(f.name(),
                new EditableField<>(f.name(), f.labelKey(), e -> f.value(convert.apply(e)), f.valueKeyPrefix())));
        return new FieldCatalogue<>(mapped);
    }

    public static final class Builder<D> {

        private final Map<String, EditableField<D>> fields = new LinkedHashMap<>();

        public Builder<D> field(String name, String labelKey, Function<D, @Nullable Object> reader) {
            return add(new EditableField<>(name, labelKey, reader, null));
        }

        /** A field whose values are shown translated: the label of value {@code v} is the key prefix + v. */
        public Builder<D> labelled(String name, String labelKey, Function<D, @Nullable Object> reader, String valueKeyPrefix) {
            return add(new EditableField<>(name, labelKey, reader, valueKeyPrefix));
        }

        public Builder<D> add(EditableField<D> field) {
            if (fields.putIfAbsent(field.name(), field) != null) {
                throw new IllegalArgumentException("Field listed twice: " + field.name());
            }
            return this;
        }

        public FieldCatalogue<D> build() {
            return new FieldCatalogue<>(new LinkedHashMap<>(fields));
        }
    }
}
