package nl.tafelwerk.collaboration.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * How one form property travels through a topic: as plain JSON text, numbers and arrays, so a value
 * typed in one UI reads back as the same Java value in every other UI.
 */
sealed interface SharedFieldCodec {

    /** The value to put on the topic; {@code null} removes it. */
    @Nullable Object encode(@Nullable Object value);

    /** The field value for what arrived from the topic. */
    @Nullable Object decode(JsonNode json);

    static SharedFieldCodec of(Class<?> type, @Nullable Class<?> elementType) {
        if (Collection.class.isAssignableFrom(type)) {
            if (elementType == null) {
                throw new IllegalArgumentException("A collection property needs its element type: use forSetField or forListField");
            }
            return new Many(Scalar.of(elementType), Set.class.isAssignableFrom(type));
        }
        return Scalar.of(type);
    }

    record Scalar(Class<?> type) implements SharedFieldCodec {

        static Scalar of(Class<?> type) {
            Class<?> boxed = type.isPrimitive() ? box(type) : type;
            if (boxed == String.class || boxed == Integer.class || boxed == Long.class || boxed == Boolean.class
                    || boxed == LocalDate.class || boxed.isEnum()) {
                return new Scalar(boxed);
            }
            throw new IllegalArgumentException("A co-edited field cannot share values of type " + type.getName());
        }

        @Override
        public @Nullable Object encode(@Nullable Object value) {
            if (value == null || "".equals(value)) {
                return null;
            }
            if (value instanceof Enum<?> constant) {
                return constant.name();
            }
            if (value instanceof LocalDate date) {
                return date.toString();
            }
            return value;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public @Nullable Object decode(JsonNode json) {
            if (json.isNull() || json.isMissingNode()) {
                return null;
            }
            if (type == String.class) {
                return json.asString();
            }
            if (type == Integer.class) {
                return json.asInt();
            }
            if (type == Long.class) {
                return json.asLong();
            }
            if (type == Boolean.class) {
                return json.asBoolean();
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(json.asString());
            }
            return Enum.valueOf((Class<? extends Enum>) type, json.asString());
        }

        private static Class<?> box(Class<?> primitive) {
            if (primitive == int.class) {
                return Integer.class;
            }
            if (primitive == long.class) {
                return Long.class;
            }
            if (primitive == boolean.class) {
                return Boolean.class;
            }
            return primitive;
        }
    }

    record Many(Scalar element, boolean asSet) implements SharedFieldCodec {

        @Override
        public @Nullable Object encode(@Nullable Object value) {
            if (!(value instanceof Collection<?> values) || values.isEmpty()) {
                return null;
            }
            List<@Nullable Object> encoded = new ArrayList<>(values.size());
            values.forEach(v -> encoded.add(element.encode(v)));
            return encoded;
        }

        @Override
        public Object decode(JsonNode json) {
            Collection<@Nullable Object> values = asSet ? new LinkedHashSet<>() : new ArrayList<>();
            json.forEach(item -> values.add(element.decode(item)));
            return values;
        }
    }
}
