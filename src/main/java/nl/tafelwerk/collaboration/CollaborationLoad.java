package nl.tafelwerk.collaboration;

/**
 * How much live-collaboration work the server has done: one delivery is one UI being told of one
 * change on a topic it is connected to (its session updated and, if anything changed, its push
 * queued). For load figures and tests, e.g. deliveries per edit or how long an edit took to reach
 * everyone.
 */
public interface CollaborationLoad {

    long deliveries();

    /** {@link System#nanoTime()} when the last delivery finished. */
    long lastDeliveryFinishedNanos();

    /** {@link System#nanoTime()} when someone's edit in a co-edited form was last sent to its topic. */
    long lastEditSharedNanos();
}
