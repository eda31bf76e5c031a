package nl.tafelwerk.advice;

import java.util.List;
import nl.tafelwerk.collaboration.Notice;

/**
 * Published when a version was sent: who gets the notice. The notice goes out through
 * {@code collaboration.Notifications} after the transaction committed, so a refused send notifies no one.
 */
public record AdviceSent(long adviceId, int versionNumber, List<String> usernames, Notice notice) {

    public AdviceSent {
        usernames = List.copyOf(usernames);
    }
}
