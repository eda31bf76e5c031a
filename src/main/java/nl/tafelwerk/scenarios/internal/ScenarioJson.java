package nl.tafelwerk.scenarios.internal;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The scenario's lines as JSON documents (DD027): written and read only together with the scenario. */
final class ScenarioJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ScenarioJson() {
    }

    static String write(List<?> lines) {
        return MAPPER.writeValueAsString(lines);
    }

    static <T> List<T> read(String json, TypeReference<List<T>> type) {
        return List.copyOf(MAPPER.readValue(json, type));
    }
}
