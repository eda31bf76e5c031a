package nl.tafelwerk.meetings.ui;

import nl.tafelwerk.collaboration.TopicId;

/** The live topics of a meeting: "current" is the chair's item, "changed" tells everyone to re-read decisions, actions and attendance. */
final class MeetingTopics {

    static final String CURRENT = "current";
    static final String CHANGED = "changed";

    private MeetingTopics() {
    }

    static TopicId live(long meetingId) {
        return TopicId.item("meeting", String.valueOf(meetingId));
    }

    static TopicId minutes(long meetingId, long itemId) {
        return live(meetingId).child("minutes-" + itemId);
    }
}
