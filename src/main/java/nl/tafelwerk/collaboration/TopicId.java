package nl.tafelwerk.collaboration;

import java.util.regex.Pattern;

/**
 * The name of a shared space: everyone connected to the same topic sees each other and shares
 * values. Built from an area and optionally an item code, e.g. {@code vraagstuk/VS-01}.
 */
public record TopicId(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._/-]{1,180}");

    public static final TopicId WORKSPACE = new TopicId("workspace");

    public TopicId {
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid topic id: " + value);
        }
    }

    public static TopicId of(String area) {
        return new TopicId(area);
    }

    public static TopicId item(String area, String code) {
        return new TopicId(area + "/" + code);
    }

    public TopicId child(String part) {
        return new TopicId(value + "/" + part);
    }
}
