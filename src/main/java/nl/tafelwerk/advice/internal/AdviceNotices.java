package nl.tafelwerk.advice.internal;

import nl.tafelwerk.advice.AdviceSent;
import nl.tafelwerk.collaboration.Notifications;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells the recipients of a sent advice once the sending committed: a refused or rolled back send notifies no one. */
@Component
class AdviceNotices {

    private final Notifications notifications;

    AdviceNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void sent(AdviceSent sent) {
        notifications.notifyUsers(sent.usernames(), sent.notice());
    }
}
