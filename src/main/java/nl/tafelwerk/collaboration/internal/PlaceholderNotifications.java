package nl.tafelwerk.collaboration.internal;

import java.util.Collection;
import nl.tafelwerk.collaboration.Notice;
import nl.tafelwerk.collaboration.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** PLACEHOLDER until the notifications work lands (replaced by the in-app list and e-mail). */
@Component
class PlaceholderNotifications implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(PlaceholderNotifications.class);

    @Override
    public void notifyUsers(Collection<String> usernames, Notice notice) {
        log.info("Notice {} for {} people (not delivered yet)", notice.kind(), usernames.size());
    }
}
