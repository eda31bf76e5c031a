package nl.tafelwerk.collaboration;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/** Who is here: announce yourself on a topic, and follow who else is there (see {@link Presence}). */
@Service
public class PresenceService {

    /** Marks {@code me} as present on the topic for as long as the scope is active. */
    public Registration announce(CollaborationScope scope, TopicId topic, Collaborator me) {
        return Presence.join(scope, topic, me, true, null);
    }

    /**
     * Calls {@code listener} with everyone present on the topic (distinct people, in arrival order)
     * whenever that changes. Does not mark {@code me} as present.
     */
    public Registration watch(CollaborationScope scope, TopicId topic, Collaborator me, Consumer<List<Collaborator>> listener) {
        return Presence.join(scope, topic, me, false, listener);
    }
}
