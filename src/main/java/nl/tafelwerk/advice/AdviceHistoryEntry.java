package nl.tafelwerk.advice;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One change to an advice: a section's text ({@code field} = the section's field), a lifecycle step ("status"),
 * a sector's position ("position.HAZ"), an accepted source change ("sources.analyse"), a suggestion
 * ("suggestion.analyse"), a distribution ("distribution").
 */
public record AdviceHistoryEntry(Instant at, String actorName, String field, @Nullable String oldValue,
                                 @Nullable String newValue) {
}
