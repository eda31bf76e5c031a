package nl.tafelwerk.collaboration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Keeps drafts in the browser's localStorage through a small script (drafts.js) installed once per page. */
final class BrowserDraftStorage implements DraftStorage {

    static final BrowserDraftStorage INSTANCE = new BrowserDraftStorage();

    private static final String SCRIPT = script();

    private BrowserDraftStorage() {
    }

    private static String script() {
        try (InputStream in = BrowserDraftStorage.class.getResourceAsStream("drafts.js")) {
            if (in == null) {
                throw new IllegalStateException("drafts.js is missing next to " + BrowserDraftStorage.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void track(Component host, String key, long baseVersion) {
        host.getElement().executeJs(SCRIPT + "\nwindow.tafelwerkDrafts.track(this, $0, $1);", key, baseVersion);
    }

    @Override
    public void rebase(Component host, String key, long baseVersion) {
        host.getElement().executeJs("window.tafelwerkDrafts && window.tafelwerkDrafts.rebase(this, $0, $1);", key, baseVersion);
    }

    @Override
    public void put(Component host, String key, long baseVersion, String property, String json) {
        host.getElement().executeJs("window.tafelwerkDrafts && window.tafelwerkDrafts.put($0, $1, $2, $3);",
                key, baseVersion, property, json);
    }

    @Override
    public void drop(Component host, String key, String property) {
        host.getElement().executeJs("window.tafelwerkDrafts && window.tafelwerkDrafts.drop($0, $1);", key, property);
    }

    @Override
    public void clear(Component host, String key) {
        host.getElement().executeJs("window.tafelwerkDrafts && window.tafelwerkDrafts.clear($0);", key);
    }

    @Override
    public void load(Component host, String key, SerializableConsumer<@Nullable String> whenLoaded) {
        host.getElement().executeJs(SCRIPT + "\nreturn window.tafelwerkDrafts.get($0);", key)
                .then(String.class, whenLoaded, error -> { });
    }
}
