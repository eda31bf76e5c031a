package nl.tafelwerk.identity;

import nl.tafelwerk.identity.internal.LoginThrottle;
import nl.tafelwerk.identity.internal.SignedInPrincipal;
import nl.tafelwerk.identity.internal.TafelwerkUserDetails;
import nl.tafelwerk.identity.internal.UserAccount;
import nl.tafelwerk.identity.internal.UserAccountRepository;
import nl.tafelwerk.shared.CurrentRequest;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.audit.AuditEvent;
import nl.tafelwerk.shared.audit.AuditOutcome;
import nl.tafelwerk.shared.audit.AuditType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own password: changed by its owner, who proves to know the current one. Also the way out
 * of a forced change (after an administrator's reset), so it works for a user who has no role yet.
 */
@Service
public class PasswordService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final SignedInPrincipal principal;
    private final ApplicationEventPublisher events;

    PasswordService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle,
                    SignedInPrincipal principal, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.principal = principal;
        this.events = events;
    }

    /** Whether the logged-in user must choose a new password before anything else. */
    public boolean mustChangePassword() {
        return principal.current().map(TafelwerkUserDetails::mustChangePassword).orElse(false);
    }

    /**
     * Replaces the logged-in user's password. Refusals name the field: {@code current} (wrong, or
     * too many wrong attempts: they count as failed logins), {@code newPassword} (rules, or the same
     * as now) or {@code repeat} (not the same).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(@Nullable String current, @Nullable String newPassword, @Nullable String repeat) {
        TafelwerkUserDetails me = principal.current().orElseThrow(() -> new AccessDeniedException("not logged in"));
        String username = me.getUsername();
        UserAccount account = accounts.findById(me.user().id())
                .filter(UserAccount::isActive).orElseThrow(() -> new AccessDeniedException("account gone"));
        if (current == null || current.isEmpty()) {
            throw new DomainException("current", "validation.required");
        }
        if (throttle.isBlocked(username, CurrentRequest.clientAddress())) {
            throw new DomainException("current", "login.throttled.message");
        }
        if (!passwordEncoder.matches(current, account.getPasswordHash())) {
            throttle.recordFailure(username, CurrentRequest.clientAddress());
            events.publishEvent(AuditEvent.of(AuditType.PASSWORD_CHANGED, username, "huidig wachtwoord onjuist",
                    AuditOutcome.FAILURE));
            throw new DomainException("current", "password.change.wrongCurrent");
        }
        DomainException problem = UserRules.passwordProblem("newPassword", newPassword);
        if (problem != null) {
            throw problem;
        }
        if (!newPassword.equals(repeat)) {
            throw new DomainException("repeat", "password.change.mismatch");
        }
        if (newPassword.equals(current)) {
            throw new DomainException("newPassword", "password.change.sameAsCurrent");
        }
        account.changePasswordHash(passwordEncoder.encode(newPassword), false);
        accounts.saveAndFlush(account);
        principal.replace(account.toUserDetails());
        events.publishEvent(AuditEvent.of(AuditType.PASSWORD_CHANGED, username, null, AuditOutcome.SUCCESS));
    }
}
