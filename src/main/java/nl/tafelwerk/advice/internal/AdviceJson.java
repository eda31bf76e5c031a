package nl.tafelwerk.advice.internal;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The advice's documents (texts, accepted fingerprints, version snapshots) as JSON, read and written with their row. */
public final class AdviceJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private AdviceJson() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static <T> T read(String json, TypeReference<T> type) {
        return MAPPER.readValue(json, type);
    }
}
