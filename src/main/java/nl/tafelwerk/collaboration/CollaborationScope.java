package nl.tafelwerk.collaboration;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.ComponentConnectionContext;
import com.vaadin.collaborationengine.ConnectionContext;
import com.vaadin.flow.component.Component;

/**
 * How long a connection to a topic lives and where its callbacks run: tied to a component (active
 * while it is attached, callbacks in its UI) or in the background (server code and tests).
 */
public final class CollaborationScope {

    private final ConnectionContext context;

    private CollaborationScope(ConnectionContext context) {
        this.context = context;
    }

    public static CollaborationScope of(Component component) {
        return new CollaborationScope(new ComponentConnectionContext(component));
    }

    /** Callbacks run on a background thread; must be called where a Vaadin service is current. */
    public static CollaborationScope background() {
        return new CollaborationScope(CollaborationEngine.getInstance().getSystemContext());
    }

    ConnectionContext context() {
        return context;
    }
}
