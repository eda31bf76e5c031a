package nl.tafelwerk.advice;

import nl.tafelwerk.collaboration.TopicId;

/** The collaboration topics of an advice: the co-editor's and one comment thread per section. */
public final class AdviceTopics {

    private AdviceTopics() {
    }

    /** The advice's own topic, e.g. {@code advice/12}: the co-editor joins it. */
    public static TopicId advice(long adviceId) {
        return TopicId.item("advice", Long.toString(adviceId));
    }

    /** The comment thread of one section, e.g. {@code advice/12/analyse}. */
    public static TopicId comments(long adviceId, AdviceSection section) {
        return advice(adviceId).child(section.field());
    }
}
