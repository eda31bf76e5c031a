package nl.tafelwerk.advice;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A proposed replacement text for a section. {@code baseText} is the section's text when it was proposed: accepting
 * is refused when the section changed since (the chair sees both), so no one's later writing is overwritten.
 */
public record Suggestion(long id, long adviceId, AdviceSection section, String baseText, String text,
                         @Nullable String note, String proposedBy, String proposedByName, Instant proposedAt,
                         SuggestionState state, @Nullable String decidedBy, @Nullable Instant decidedAt,
                         @Nullable String rejectReason, long version) {

    public static final int NOTE_MAX = 1000;
}
