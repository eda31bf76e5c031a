package nl.tafelwerk.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import nl.tafelwerk.collaboration.CollaborationScope;
import nl.tafelwerk.collaboration.Collaborator;
import nl.tafelwerk.collaboration.SharedValues;
import nl.tafelwerk.collaboration.TopicId;
import org.jspecify.annotations.Nullable;

/**
 * The live channel of one scoring round (DD025). It carries counts and states only, never a score, so everyone on
 * it may read everything on it: {@code m.<user>} → items that member finished; {@link #STATE} → the round's status
 * after a change (close, reopen, reveal); {@link #CONSENSUS} → "the chair recorded a consensus, reload".
 */
final class RoundChannel {

    static final String MEMBER_PREFIX = "m.";
    static final String STATE = "state";
    static final String CONSENSUS = "consensus";

    private RoundChannel() {
    }

    static TopicId topic(long roundId) {
        return TopicId.item("scoringsronde", String.valueOf(roundId));
    }

    static String memberKey(String username) {
        return MEMBER_PREFIX + username;
    }

    /**
     * Connects {@code owner} (attached to {@code ui}) to the round's channel: a count updates the progress panel the
     * view shows at that moment, in place; a state or consensus key goes to {@code onState}. Close it on detach.
     */
    static Connection connect(Component owner, UI ui, long roundId, Collaborator me,
                              Supplier<@Nullable RoundProgressPanel> progress, BiConsumer<String, String> onState) {
        SharedValues live = SharedValues.connect(CollaborationScope.of(owner), topic(roundId), me);
        Registration listener = live.onChange((key, value) -> ui.access(() -> {
            if (value == null) {
                return;
            }
            if (key.startsWith(MEMBER_PREFIX)) {
                RoundProgressPanel panel = progress.get();
                if (panel != null) {
                    try {
                        panel.update(key.substring(MEMBER_PREFIX.length()), Integer.parseInt(value));
                    } catch (NumberFormatException ignored) {
                        // not a count: nothing on this channel is ever shown but counts
                    }
                }
            } else {
                onState.accept(key, value);
            }
        }));
        return new Connection(live, listener);
    }

    /** One view's connection to the channel. */
    record Connection(SharedValues values, Registration listener) {

        /** Puts a count or state while connected (a view being detached puts nothing). */
        void put(String key, String value) {
            if (values.isConnected()) {
                values.put(key, value);
            }
        }

        void close() {
            listener.remove();
            values.remove();
        }
    }
}
