package nl.tafelwerk.identity.internal;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.tafelwerk.shared.CurrentRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a user's open sessions as soon as an administrator's change to their account is committed,
 * so the change takes effect at once instead of at the next login: the HTTP session is
 * invalidated, which also closes its Vaadin session and UIs (and so their push connections and
 * live-collaboration connections); the browser's next request is unauthenticated and goes to the
 * login page. Knows the server's live sessions only while they live (see DD015).
 */
@Component
class AccountSessions implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final Set<HttpSession> live = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.remove(event.getSession());
    }

    @TransactionalEventListener
    void onAccessChanged(AccountAccessChanged change) {
        int ended = endSessionsOf(change.username());
        if (ended > 0) {
            log.info("Ended {} open session(s) of {} after an account change", ended, change.username());
        }
    }

    /** Invalidates every session logged in as {@code username}, except the one making this request. */
    int endSessionsOf(String username) {
        HttpSession own = CurrentRequest.session();
        int ended = 0;
        for (HttpSession session : live) {
            if (!isSame(session, own) && username.equalsIgnoreCase(usernameIn(session))) {
                try {
                    session.invalidate();
                    ended++;
                } catch (IllegalStateException alreadyInvalidated) {
                    // ended meanwhile by logout or expiry
                }
                live.remove(session);
            }
        }
        return ended;
    }

    private static boolean isSame(HttpSession session, @Nullable HttpSession own) {
        try {
            return own != null && session.getId().equals(own.getId());
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    int liveSessions() {
        return live.size();
    }

    private static @Nullable String usernameIn(HttpSession session) {
        try {
            if (session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                    instanceof SecurityContext context) {
                Authentication authentication = context.getAuthentication();
                return authentication == null ? null : authentication.getName();
            }
        } catch (IllegalStateException invalidated) {
            // a session that ended while we looked
        }
        return null;
    }
}
