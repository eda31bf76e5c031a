package nl.tafelwerk.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.tafelwerk.identity.internal.AccountAccessChanged;
import nl.tafelwerk.identity.internal.SectorRepository;
import nl.tafelwerk.identity.internal.UserAccount;
import nl.tafelwerk.identity.internal.UserAccountRepository;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.StaleDataException;
import nl.tafelwerk.shared.audit.AuditEvent;
import nl.tafelwerk.shared.audit.AuditType;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User administration. Every method is for administrators only; the checks live here, not in the view. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserService {

    private final UserAccountRepository accounts;
    private final SectorRepository sectors;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserService(UserAccountRepository accounts, SectorRepository sectors, PasswordEncoder passwordEncoder,
                CurrentUser currentUser, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.sectors = sectors;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    @Transactional(readOnly = true)
    public List<UserListItem> list() {
        return accounts.findAll(Sort.by("username")).stream().map(UserAccount::toListItem).toList();
    }

    @Transactional
    public UserListItem create(NewUser user) {
        String username = normaliseUsername(user.username());
        validateUsername(username);
        String displayName = validateDisplayName(user.displayName());
        String sector = validateSector(user.role(), user.sectorCode());
        validatePassword(user.password());
        String email = UserRules.email(user.email());
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw new DomainException("username", "user.username.taken", username);
        }
        UserAccount account = new UserAccount(username, displayName, passwordEncoder.encode(user.password()),
                user.role(), sector, clock.instant());
        account.setEmail(email);
        UserListItem saved = accounts.saveAndFlush(account).toListItem();
        events.publishEvent(AuditEvent.success(AuditType.USER_CREATED, username, describe(saved)));
        return saved;
    }

    @Transactional
    public UserListItem update(UserChange change) {
        UserAccount account = load(change.id(), change.version());
        String displayName = validateDisplayName(change.displayName());
        String sector = validateSector(change.role(), change.sectorCode());
        String email = UserRules.email(change.email());
        if (isSelf(account) && change.role() != Role.ADMIN) {
            throw new DomainException("role", "user.self.role");
        }
        AuthenticatedUser before = account.toAuthenticatedUser();
        account.changeProfile(displayName, change.role(), sector);
        account.setEmail(email);
        if (before.role() != change.role() || !Objects.equals(before.sectorCode(), sector)) {
            endOpenSessions(account);
        }
        UserListItem saved = accounts.saveAndFlush(account).toListItem();
        events.publishEvent(AuditEvent.success(AuditType.USER_CHANGED, saved.username(), describe(saved)));
        return saved;
    }

    @Transactional
    public UserListItem resetPassword(long id, long version, String newPassword) {
        validatePassword(newPassword);
        UserAccount account = load(id, version);
        if (account.signsInThroughSso()) {
            throw new DomainException("password", "user.sso.noPassword");
        }
        // Someone else now knows this password: the owner must replace it at the next login.
        account.changePasswordHash(passwordEncoder.encode(newPassword), true);
        endOpenSessions(account);
        UserListItem saved = accounts.saveAndFlush(account).toListItem();
        events.publishEvent(AuditEvent.success(AuditType.PASSWORD_RESET, saved.username(), null));
        return saved;
    }

    @Transactional
    public UserListItem setActive(long id, long version, boolean active) {
        UserAccount account = load(id, version);
        if (!active && isSelf(account)) {
            throw new DomainException("user.self.deactivate");
        }
        account.setActive(active);
        if (!active) {
            endOpenSessions(account);
        }
        UserListItem saved = accounts.saveAndFlush(account).toListItem();
        events.publishEvent(AuditEvent.success(active ? AuditType.USER_ACTIVATED : AuditType.USER_DEACTIVATED,
                saved.username(), null));
        return saved;
    }

    /** Role and sector as they are after the change; enough to follow who gave whom which rights. */
    private static String describe(UserListItem user) {
        return "rol " + user.role().name() + (user.sectorCode() == null ? "" : ", sector " + user.sectorCode());
    }

    /** The user's open sessions end once this transaction commits (see DD015). */
    private void endOpenSessions(UserAccount account) {
        events.publishEvent(new AccountAccessChanged(account.getUsername()));
    }

    private UserAccount load(long id, long version) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new DomainException("user.unknown", id));
        if (account.getVersion() != version) {
            throw new StaleDataException("user.stale", account.getUsername());
        }
        return account;
    }

    private boolean isSelf(UserAccount account) {
        return currentUser.get().map(u -> u.id() == account.getId()).orElse(false);
    }

    private static String normaliseUsername(@Nullable String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static void validateUsername(String username) {
        if (username.isEmpty()) {
            throw new DomainException("username", "validation.required");
        }
        if (username.length() < UserRules.USERNAME_MIN || username.length() > UserRules.USERNAME_MAX) {
            throw new DomainException("username", "validation.length", UserRules.USERNAME_MIN, UserRules.USERNAME_MAX);
        }
        if (!UserRules.USERNAME_PATTERN.matcher(username).matches()) {
            throw new DomainException("username", "user.username.pattern");
        }
    }

    private static String validateDisplayName(@Nullable String displayName) {
        String trimmed = displayName == null ? "" : displayName.trim();
        if (trimmed.isEmpty()) {
            throw new DomainException("displayName", "validation.required");
        }
        if (trimmed.length() > UserRules.DISPLAY_NAME_MAX) {
            throw new DomainException("displayName", "validation.tooLong", UserRules.DISPLAY_NAME_MAX);
        }
        return trimmed;
    }

    private @Nullable String validateSector(@Nullable Role role, @Nullable String sectorCode) {
        if (role == null) {
            throw new DomainException("role", "validation.required");
        }
        String code = sectorCode == null || sectorCode.isBlank() ? null : sectorCode;
        if (role.needsSector() && code == null) {
            throw new DomainException("sector", "user.sector.required");
        }
        if (code != null && !sectors.existsById(code)) {
            throw new DomainException("sector", "user.sector.unknown", code);
        }
        return code;
    }

    private static void validatePassword(@Nullable String password) {
        DomainException problem = UserRules.passwordProblem("password", password);
        if (problem != null) {
            throw problem;
        }
    }
}
