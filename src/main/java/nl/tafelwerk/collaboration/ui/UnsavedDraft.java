package nl.tafelwerk.collaboration.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Values a user typed but did not save, as kept in the browser: the version they were made against and JSON per property. */
record UnsavedDraft(long base, Map<String, JsonNode> values) {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static Optional<UnsavedDraft> parse(String text) {
        try {
            JsonNode root = JSON.readTree(text);
            JsonNode base = root.get("base");
            JsonNode values = root.get("values");
            if (base == null || !base.isNumber() || values == null || !values.isObject()) {
                return Optional.empty();
            }
            Map<String, JsonNode> byProperty = new LinkedHashMap<>();
            for (var entry : values.properties()) {
                byProperty.put(entry.getKey(), entry.getValue());
            }
            return Optional.of(new UnsavedDraft(base.asLong(), byProperty));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
