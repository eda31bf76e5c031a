package nl.tafelwerk.assessment.ui;

import nl.tafelwerk.collaboration.TopicId;

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
}
