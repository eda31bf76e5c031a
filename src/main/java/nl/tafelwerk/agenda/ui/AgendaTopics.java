package nl.tafelwerk.agenda.ui;

import nl.tafelwerk.collaboration.TopicId;

/** The shared spaces of the voorraadagenda. */
final class AgendaTopics {

    /** Everyone looking at the agenda. */
    static final TopicId AGENDA = TopicId.of("voorraadagenda");
    /**
     * The agenda's live channel: key {@link #CHANGED} means "something was saved, reload"; every
     * other key is "user#ui" → "code|name" of an open editor (vanishes when the editor closes).
     */
    static final TopicId LIVE = AGENDA.child("live");
    static final String CHANGED = "changed";

    private AgendaTopics() {
    }

    static TopicId item(String code) {
        return TopicId.item("vraagstuk", code);
    }
}
