package nl.tafelwerk.collaboration;

import java.util.Collection;

/**
 * Tells people that something needs their attention: in the app (their notification list) and, where the
 * installation has configured mail, by e-mail. Features call this after their transaction committed.
 */
public interface Notifications {

    /** Sends {@code notice} to each named user (user names as in identity); unknown or inactive users are skipped. */
    void notifyUsers(Collection<String> usernames, Notice notice);
}
