package nl.tafelwerk.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds or creates the Tafelwerk account of someone the OpenID Connect provider vouched for (DD019).
 *
 * <p>Linking is by issuer and subject only: a first login never takes over an existing account, even one
 * with the same user name or e-mail address, because those claims can be chosen or changed at many
 * providers. Role and sector follow the claims when they name a valid pair; otherwise a new account is a
 * read-only observer without sector (an administrator sets the rest) and an existing one keeps what it has.
 */
class SingleSignOnAccounts {

    static final String INACTIVE = "tafelwerk_account_inactive";
    private static final Logger LOG = LoggerFactory.getLogger(SingleSignOnAccounts.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final SectorRepository sectors;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock = Clock.systemUTC();

    SingleSignOnAccounts(UserAccountRepository accounts, SectorRepository sectors, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.sectors = sectors;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public AuthenticatedUser signIn(SingleSignOnIdentity identity) {
        Optional<Assignment> fromClaims = assignment(identity);
        UserAccount account = accounts.findByOidcIssuerAndOidcSubject(identity.issuer(), identity.subject())
                .orElse(null);
        if (account == null) {
            Assignment assignment = fromClaims.orElse(new Assignment(Role.OBSERVER, null));
            account = new UserAccount(freeUsername(identity), identity.displayName(), unusablePassword(),
                    assignment.role(), assignment.sectorCode(), clock.instant());
            account.linkSingleSignOn(identity.issuer(), identity.subject());
            account = accounts.saveAndFlush(account);
            LOG.info("Single sign-on created account {} as {}", account.getUsername(), assignment);
        } else if (!account.isActive()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(INACTIVE), "account " + account.getUsername()
                    + " is deactivated");
        } else if (fromClaims.isPresent()) {
            AuthenticatedUser before = account.toAuthenticatedUser();
            account.changeProfile(before.displayName(), fromClaims.get().role(), fromClaims.get().sectorCode());
        }
        return account.toAuthenticatedUser();
    }

    private Optional<Assignment> assignment(SingleSignOnIdentity identity) {
        Optional<Role> role = identity.role();
        if (role.isEmpty()) {
            if (!identity.roleValues().isEmpty()) {
                LOG.warn("Single sign-on role claim {} of {} names no single Tafelwerk role; ignored",
                        identity.roleValues(), identity.subject());
            }
            return Optional.empty();
        }
        Set<String> sectorValues = identity.sectorValues();
        String sector = null;
        if (sectorValues.size() == 1) {
            String code = sectorValues.iterator().next().trim().toUpperCase(Locale.ROOT);
            if (sectors.existsById(code)) {
                sector = code;
            } else {
                LOG.warn("Single sign-on sector claim {} of {} is no known sector; role and sector claims ignored",
                        code, identity.subject());
                return Optional.empty();
            }
        } else if (sectorValues.size() > 1) {
            LOG.warn("Single sign-on sector claim {} of {} names more than one sector; role and sector claims ignored",
                    sectorValues, identity.subject());
            return Optional.empty();
        }
        if (role.get().needsSector() && sector == null) {
            LOG.warn("Single sign-on role {} of {} needs a sector and the claims name none; role claim ignored",
                    role.get(), identity.subject());
            return Optional.empty();
        }
        return Optional.of(new Assignment(role.get(), sector));
    }

    private String freeUsername(SingleSignOnIdentity identity) {
        for (String name : identity.usernames()) {
            if (!accounts.existsByUsernameIgnoreCase(name)) {
                return name;
            }
            for (int i = 2; i < 100; i++) {
                String numbered = name + "-" + i;
                if (!accounts.existsByUsernameIgnoreCase(numbered)) {
                    return numbered;
                }
            }
        }
        throw new OAuth2AuthenticationException(new OAuth2Error("tafelwerk_no_username"), "no free user name");
    }

    /** A hash of a random secret nobody knows: the account has no password until an administrator sets one. */
    private String unusablePassword() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
    }

    private record Assignment(Role role, @Nullable String sectorCode) {
    }
}
