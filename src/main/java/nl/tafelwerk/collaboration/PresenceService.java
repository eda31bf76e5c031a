package nl.tafelwerk.collaboration;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.PresenceManager;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import nl.tafelwerk.collaboration.internal.EngineUsers;
import org.springframework.stereotype.Service;

/** Who is here: announce yourself on a topic, and follow who else is there. */
@Service
public class PresenceService {

    /** Marks {@code me} as present on the topic for as long as the scope is active. */
    public Registration announce(CollaborationScope scope, TopicId topic, Collaborator me) {
        PresenceManager manager = new PresenceManager(scope.context(), EngineUsers.toUserInfo(me), topic.value(),
                CollaborationEngine::getInstance);
        manager.markAsPresent(true);
        return manager::close;
    }

    /**
     * Calls {@code listener} with everyone present on the topic (distinct people, in arrival order)
     * whenever that changes. Does not mark {@code me} as present.
     */
    public Registration watch(CollaborationScope scope, TopicId topic, Collaborator me, Consumer<List<Collaborator>> listener) {
        List<UserInfo> present = new CopyOnWriteArrayList<>();
        PresenceManager manager = new PresenceManager(scope.context(), EngineUsers.toUserInfo(me), topic.value(),
                CollaborationEngine::getInstance);
        manager.setPresenceHandler(context -> {
            present.add(context.getUser());
            listener.accept(distinct(present));
            return () -> {
                present.remove(context.getUser());
                listener.accept(distinct(present));
            };
        });
        return manager::close;
    }

    private static List<Collaborator> distinct(List<UserInfo> users) {
        List<Collaborator> result = new ArrayList<>();
        for (UserInfo user : users) {
            Collaborator c = EngineUsers.toCollaborator(user);
            if (!result.contains(c)) {
                result.add(c);
            }
        }
        return result;
    }
}
