package nl.tafelwerk.advice;

import java.time.Instant;

/** One row of the list of advices. */
public record AdviceListItem(long id, String vraagstukCode, String vraagstukTitle, AdviceStatus status,
                             int versionNumber, int positionsTaken, int participatingSectors, Instant updatedAt,
                             String updatedBy) {
}
