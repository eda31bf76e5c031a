package nl.tafelwerk.shared.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo catalogue of the table (sectors, gremia, bouwstenen, vraagstukken …) as shipped in
 * {@code seed-catalog.json}. Each feature reads its own section and imports it through its own code.
 */
public final class SeedCatalog {

    private final JsonNode root;

    private SeedCatalog(JsonNode root) {
        this.root = root;
    }

    public static SeedCatalog read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new SeedCatalog(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed catalogue " + resource, e);
        }
    }

    public List<JsonNode> section(String name) {
        JsonNode node = root.path(name);
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    /** A section that is one object rather than a list (e.g. the business-case example). */
    public JsonNode node(String name) {
        return root.path(name);
    }

    public static String text(JsonNode item, String field) {
        JsonNode value = item.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asString();
    }

    public static @Nullable String optionalText(JsonNode item, String field) {
        String value = text(item, field);
        return value.isBlank() ? null : value;
    }

    public static List<String> texts(JsonNode item, String field) {
        List<String> values = new ArrayList<>();
        item.path(field).forEach(v -> values.add(v.asString()));
        return values;
    }
}
