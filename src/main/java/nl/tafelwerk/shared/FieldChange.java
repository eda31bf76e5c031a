package nl.tafelwerk.shared;

import org.jspecify.annotations.Nullable;

/** One field whose value changed, both values as plain text (null: empty), e.g. for the history. */
public record FieldChange(String field, @Nullable String oldValue, @Nullable String newValue) {
}
