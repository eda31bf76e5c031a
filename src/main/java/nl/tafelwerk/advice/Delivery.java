package nl.tafelwerk.advice;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One recipient who received one version: a user (their user name in {@code recipient}, their sector) or the
 * gremium (its code, the e-mail address if given). {@code readAt} is when the user first opened that version.
 */
public record Delivery(long adviceId, int versionNumber, RecipientKind kind, String recipient, String recipientName,
                       @Nullable String sectorCode, @Nullable String email, Instant sentAt, String sentBy,
                       @Nullable Instant readAt) {
}
