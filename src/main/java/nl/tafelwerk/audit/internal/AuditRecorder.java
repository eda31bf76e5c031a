package nl.tafelwerk.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.aopalliance.intercept.MethodInvocation;
import nl.tafelwerk.shared.CurrentRequest;
import nl.tafelwerk.shared.audit.AuditEvent;
import nl.tafelwerk.shared.audit.AuditOutcome;
import nl.tafelwerk.shared.audit.AuditType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the audit log. Who, when and from where are taken here, in the thread of the request that
 * caused the event. Refusals and failures are written at once in their own transaction (they must
 * survive a rollback); a success inside a transaction only after that transaction commits, so the
 * log never claims a change that was rolled back.
 */
@Component
class AuditRecorder {

    private static final Logger log = LoggerFactory.getLogger(AuditRecorder.class);
    static final String NOBODY = "(anoniem)";
    static final String UNKNOWN_ADDRESS = "onbekend";

    private final AuditEntryRepository entries;
    private final TransactionTemplate ownTransaction;
    private final Clock clock = Clock.systemUTC();

    AuditRecorder(AuditEntryRepository entries, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(AuditEvent event) {
        String actor = event.actor() != null ? event.actor() : currentActor();
        record(new AuditEntryEntity(now(), actor, event.type(), event.outcome(), event.subject(), event.detail(),
                clientAddress(null)));
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        record(new AuditEntryEntity(now(), authentication.getName(), AuditType.LOGIN_SUCCEEDED, AuditOutcome.SUCCESS,
                authentication.getName(), null, clientAddress(authentication)));
    }

    /** Only the name typed is kept; the token's credentials (the password) are never read. */
    @EventListener
    void onLoginFailure(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        boolean throttled = event.getException() instanceof LockedException;
        record(new AuditEntryEntity(now(), attempt.getName(), throttled ? AuditType.LOGIN_THROTTLED : AuditType.LOGIN_FAILED,
                throttled ? AuditOutcome.DENIED : AuditOutcome.FAILURE, attempt.getName(),
                event.getException().getClass().getSimpleName(), clientAddress(attempt)));
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        record(new AuditEntryEntity(now(), authentication.getName(), AuditType.LOGOUT, AuditOutcome.SUCCESS,
                authentication.getName(), null, clientAddress(null)));
    }

    /**
     * Method security (a service refusing a caller) and request authorisation. An anonymous visitor
     * sent to the login page is the normal way in, not a refusal worth logging.
     */
    @EventListener
    void onAccessDenied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return;
        }
        Object object = event.getObject();
        String subject = switch (object) {
            case MethodInvocation call -> call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName();
            case HttpServletRequest request -> request.getMethod() + " " + request.getRequestURI();
            default -> object.getClass().getSimpleName();
        };
        record(new AuditEntryEntity(now(), authentication.getName(), AuditType.ACCESS_DENIED, AuditOutcome.DENIED, subject,
                null, clientAddress(null)));
    }

    private void record(AuditEntryEntity entry) {
        if (entry.toEntry().outcome() == AuditOutcome.SUCCESS && TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    write(entry);
                }
            });
        } else {
            write(entry);
        }
    }

    private void write(AuditEntryEntity entry) {
        try {
            ownTransaction.executeWithoutResult(status -> entries.save(entry));
        } catch (RuntimeException e) {
            // The act itself has happened; losing its log line must be visible to operations.
            log.error("Could not write audit entry {}", entry.toEntry(), e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return NOBODY;
        }
        return authentication.getName();
    }

    /**
     * The address of the client: the request that carried the login form, else the request this thread
     * serves (see {@link CurrentRequest}).
     */
    static String clientAddress(@Nullable Authentication authentication) {
        if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        String address = CurrentRequest.clientAddress();
        return address != null ? address : UNKNOWN_ADDRESS;
    }
}
