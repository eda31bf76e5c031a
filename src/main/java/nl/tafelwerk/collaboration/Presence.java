package nl.tafelwerk.collaboration;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.CollaborationMap;
import com.vaadin.collaborationengine.EntryScope;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.tafelwerk.collaboration.internal.EngineUsers;
import org.jspecify.annotations.Nullable;

/**
 * Who is on a topic, kept as one entry per open connection ("user#connection" → name) that the
 * engine removes when the connection ends. Entries are idempotent: a repeated or late arrival or
 * departure cannot leave a ghost behind or stop the updates, as the engine's own presence list does
 * when many people leave at once (see DD011).
 */
public final class Presence {

    private static final String MAP = "present";

    private Presence() {
    }

    /**
     * Marks {@code me} as present (if {@code announce}) and calls {@code listener} (if any) with
     * everyone present, distinct people in order of arrival, whenever that changes.
     */
    public static Registration join(CollaborationScope scope, TopicId topic, Collaborator me, boolean announce,
            @Nullable Consumer<List<Collaborator>> listener) {
        String ownKey = me.id() + "#" + UUID.randomUUID();
        Map<String, String> entries = new LinkedHashMap<>();
        return scope.open(context -> CollaborationEngine.getInstance().openTopicConnection(context, topic.child("presence").value(),
                EngineUsers.toUserInfo(me), connection -> {
                    CollaborationMap map = connection.getNamedMap(MAP);
                    Registration subscription = listener == null ? null : map.subscribe(event -> {
                        List<Collaborator> present;
                        synchronized (entries) {
                            String name = event.getValue(String.class);
                            boolean changed = name == null ? entries.remove(event.getKey()) != null
                                    : entries.putIfAbsent(event.getKey(), name.intern()) == null;
                            if (!changed) {
                                return;
                            }
                            present = distinct(entries);
                        }
                        listener.accept(present);
                    });
                    if (announce) {
                        map.put(ownKey, me.name(), EntryScope.CONNECTION);
                    }
                    return () -> {
                        if (subscription != null) {
                            subscription.remove();
                        }
                        synchronized (entries) {
                            entries.clear();
                        }
                    };
                }));
    }

    private static List<Collaborator> distinct(Map<String, String> entries) {
        Set<String> seen = new LinkedHashSet<>();
        List<Collaborator> people = new ArrayList<>();
        entries.forEach((key, name) -> {
            String id = key.substring(0, key.lastIndexOf('#'));
            if (seen.add(id)) {
                people.add(new Collaborator(id, name));
            }
        });
        return people;
    }
}
