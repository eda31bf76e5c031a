package nl.tafelwerk.advice;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of the "Ter informatie" list: an advice version sent to the caller, and whether they opened it. */
public record InformedAdvice(long adviceId, String vraagstukCode, String vraagstukTitle, int versionNumber,
                             Instant sentAt, String sentBy, @Nullable Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
