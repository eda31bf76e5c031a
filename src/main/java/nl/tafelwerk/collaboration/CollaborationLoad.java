package nl.tafelwerk.collaboration;

/**
 * How much live-collaboration work the server has done: one delivery is one UI being told of one
 * change on a topic it is connected to. For load figures and tests, e.g. deliveries per edit.
 */
public interface CollaborationLoad {

    long deliveries();
}
