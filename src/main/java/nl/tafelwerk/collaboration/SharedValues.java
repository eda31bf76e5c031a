package nl.tafelwerk.collaboration;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationMap;
import com.vaadin.collaborationengine.EntryScope;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import nl.tafelwerk.collaboration.internal.EngineUsers;
import org.jspecify.annotations.Nullable;

/**
 * Small text values shared by everyone on a topic, e.g. "saved as version 7 by the chair". Values
 * live in memory only; whatever must survive a restart is saved through a feature's service.
 */
public final class SharedValues implements Registration {

    private static final String MAP = "values";

    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final List<BiConsumer<String, @Nullable String>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> connectedListeners = new CopyOnWriteArrayList<>();
    private volatile @Nullable CollaborationMap map;
    private final Registration registration;

    private SharedValues(CollaborationScope scope, TopicId topic, Collaborator me) {
        registration = scope.open(context -> CollaborationEngine.getInstance().openTopicConnection(context, topic.value(),
                EngineUsers.toUserInfo(me), connection -> {
                    CollaborationMap connected = connection.getNamedMap(MAP);
                    map = connected;
                    Registration subscription = connected.subscribe(event -> {
                        String value = event.getValue(String.class);
                        if (value == null) {
                            values.remove(event.getKey());
                        } else {
                            values.put(event.getKey(), value);
                        }
                        listeners.forEach(l -> l.accept(event.getKey(), value));
                    });
                    connectedListeners.forEach(Runnable::run);
                    return subscription;
                }));
    }

    public static SharedValues connect(CollaborationScope scope, TopicId topic, Collaborator me) {
        return new SharedValues(scope, topic, me);
    }

    /** Sends a value to everyone on the topic (including this connection's listeners). */
    public void put(String key, String value) {
        CollaborationMap connected = map;
        if (connected == null) {
            throw new IllegalStateException("Not connected to the topic yet");
        }
        connected.put(key, value);
    }

    /**
     * Sends a value that lasts only as long as this connection: when the view closes (or the
     * browser goes away) the engine removes it for everyone, e.g. "who has which item open".
     */
    public void putWhileConnected(String key, String value) {
        CollaborationMap connected = map;
        if (connected == null) {
            throw new IllegalStateException("Not connected to the topic yet");
        }
        connected.put(key, value, EntryScope.CONNECTION);
    }

    /** All values known now, e.g. to render the state on connecting. */
    public Map<String, String> snapshot() {
        return Map.copyOf(values);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public boolean isConnected() {
        return map != null;
    }

    /** Called each time the connection becomes active (also after a reconnect), e.g. to put connection-scoped values. */
    public Registration whenConnected(Runnable listener) {
        connectedListeners.add(listener);
        if (map != null) {
            listener.run();
        }
        return () -> connectedListeners.remove(listener);
    }

    /** Called with (key, value) for every change, also for the values present when connecting. */
    public Registration onChange(BiConsumer<String, @Nullable String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void remove() {
        registration.remove();
    }
}
