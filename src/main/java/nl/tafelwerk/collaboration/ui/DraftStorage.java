package nl.tafelwerk.collaboration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Where a co-editor keeps this user's unsaved values so they outlive the server (a restart, an expired
 * session): the browser's localStorage in the application, memory in tests. Values are JSON, per
 * property, with the version they were made against; see DD018.
 */
public interface DraftStorage {

    /** Starts keeping text typed into fields marked with {@code data-draft-property}, against {@code baseVersion}. */
    void track(Component host, String key, long baseVersion);

    /** The values now stand against {@code baseVersion} (the editor took a newer version as its base). */
    void rebase(Component host, String key, long baseVersion);

    void put(Component host, String key, long baseVersion, String property, String json);

    void drop(Component host, String key, String property);

    void clear(Component host, String key);

    /** Hands over the kept draft ({@code {"base":7,"values":{…}}}) or null. */
    void load(Component host, String key, SerializableConsumer<@Nullable String> whenLoaded);
}
