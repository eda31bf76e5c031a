package nl.tafelwerk.collaboration.internal;

import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import com.vaadin.flow.component.UI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tells a person's open screens that their notifications changed (DD038). Only screens that are open
 * are registered, and a person's entry disappears with their last screen, so nothing per user stays in
 * memory after they leave or log out. In-process on purpose: Tafelwerk runs as one instance, as the
 * collaboration engine it uses elsewhere does.
 */
@Component
public class NotificationSignals {

    private static final Logger log = LoggerFactory.getLogger(NotificationSignals.class);

    private final Map<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    public Registration listen(String username, Runnable listener) {
        String key = key(username);
        listeners.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(key, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * Runs {@code refresh} in {@code screen}'s UI whenever {@code username}'s notifications change, for as long as the
     * screen is attached: it stops listening when the screen is detached (closed tab, navigation, logout).
     */
    public void refreshWhileAttached(com.vaadin.flow.component.Component screen, String username, Runnable refresh) {
        AtomicReference<@Nullable Registration> listening = new AtomicReference<>();
        screen.addAttachListener(event -> {
            UI ui = event.getUI();
            listening.set(listen(username, () -> ui.access(refresh::run)));
        });
        screen.addDetachListener(event -> {
            Registration current = listening.getAndSet(null);
            if (current != null) {
                current.remove();
            }
        });
    }

    public void changed(String username) {
        Set<Runnable> open = listeners.get(key(username));
        if (open == null) {
            return;
        }
        for (Runnable listener : open) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("A screen of {} could not be told about new notifications", username, e);
            }
        }
    }

    /** Whether any screen of {@code username} listens now (for tests of the memory promise). */
    public boolean listening(String username) {
        return listeners.containsKey(key(username));
    }

    /** How many people have a screen listening now (for tests of the memory promise). */
    public int listeningPeople() {
        return listeners.size();
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
