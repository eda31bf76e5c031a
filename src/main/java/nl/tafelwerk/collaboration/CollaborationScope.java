package nl.tafelwerk.collaboration;

import com.vaadin.collaborationengine.CollaborationEngine;
import com.vaadin.collaborationengine.ComponentConnectionContext;
import com.vaadin.collaborationengine.ConnectionContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How long a connection to a topic lives and where its callbacks run: tied to a component (open
 * while it is attached, callbacks in its UI) or in the background (server code and tests).
 *
 * <p>A component's connection is closed for good when the component is detached and opened anew
 * when it is attached again. The engine keeps every connection that is not closed, and with it the
 * component, its UI and its whole Vaadin session, for as long as the server runs: merely
 * deactivating it on detach (what the engine's own context does) left every session that ever
 * opened a view in memory (issue 10, DD015).
 */
public final class CollaborationScope {

    private final @Nullable Component component;

    private CollaborationScope(@Nullable Component component) {
        this.component = component;
    }

    public static CollaborationScope of(Component component) {
        return new CollaborationScope(component);
    }

    /** Callbacks run on a background thread; must be called where a Vaadin service is current. */
    public static CollaborationScope background() {
        return new CollaborationScope(null);
    }

    /**
     * Opens a connection with {@code open} for as long as the scope is active: at once in the
     * background; for a component, whenever it is attached, closing it whenever it is detached.
     * Removing the returned registration closes it for good.
     */
    Registration open(Function<ConnectionContext, Registration> open) {
        Component owner = component;
        if (owner == null) {
            return open.apply(CollaborationEngine.getInstance().getSystemContext());
        }
        return new AttachedConnection(owner, open);
    }

    /** One connection that follows its component's attachment. */
    private static final class AttachedConnection implements Registration {

        private final Function<ConnectionContext, Registration> open;
        private final Registration attachListener;
        private final Registration detachListener;
        private final Component owner;
        private @Nullable Registration connection;

        AttachedConnection(Component owner, Function<ConnectionContext, Registration> open) {
            this.owner = owner;
            this.open = open;
            attachListener = owner.addAttachListener(event -> connect());
            detachListener = owner.addDetachListener(event -> disconnect());
            if (owner.isAttached()) {
                connect();
            }
        }

        private void connect() {
            if (connection == null) {
                connection = open.apply(new ComponentConnectionContext(owner));
            }
        }

        private void disconnect() {
            Registration current = connection;
            if (current != null) {
                connection = null;
                current.remove();
            }
        }

        @Override
        public void remove() {
            attachListener.remove();
            detachListener.remove();
            disconnect();
        }
    }
}
