package nl.tafelwerk.identity;

import java.util.List;
import java.util.Optional;
import nl.tafelwerk.identity.internal.UserAccount;
import nl.tafelwerk.identity.internal.UserAccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks people up by user name, for features that must check who did something (not who is calling). */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final UserAccountRepository accounts;

    UserDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<AuthenticatedUser> findActive(String username) {
        return accounts.findByUsernameIgnoreCase(username).filter(UserAccount::isActive).map(UserAccount::toAuthenticatedUser);
    }

    /** Everyone who can log in now, by display name (e.g. to offer people to @mention). */
    public List<AuthenticatedUser> active() {
        return accounts.findByActiveTrueOrderByDisplayNameAsc().stream().map(UserAccount::toAuthenticatedUser).toList();
    }

    /** The address to mail {@code username} at, if the account is active and has one. */
    public Optional<String> emailOf(String username) {
        return accounts.findByUsernameIgnoreCase(username).filter(UserAccount::isActive)
                .map(UserAccount::getEmail);
    }

    public long count() {
        return accounts.count();
    }
}
