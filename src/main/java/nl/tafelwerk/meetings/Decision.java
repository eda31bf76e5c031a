package nl.tafelwerk.meetings;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of the besluitenlijst. */
public record Decision(long id, long meetingId, long itemId, String text, @Nullable String vraagstukCode,
                       DecisionOutcome outcome, Instant recordedAt, String recordedBy,
                       @Nullable String gremiumCode) {
}
