package nl.tafelwerk.identity.internal;

import java.time.Clock;
import nl.tafelwerk.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside the demo profile the database starts without users: this creates one administrator
 * whose password comes from configuration ({@code TAFELWERK_ADMIN_PASSWORD}).
 */
@Component
@ConditionalOnProperty(name = "tafelwerk.demo.enabled", havingValue = "false", matchIfMissing = true)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;

    InitialAdministrator(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                         @Value("${tafelwerk.admin.username:beheerder}") String username,
                         @Value("${tafelwerk.admin.initial-password:}") String password) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (password.length() < 10) {
            throw new IllegalStateException(
                    "No users yet: set TAFELWERK_ADMIN_PASSWORD (at least 10 characters) for the first administrator");
        }
        UserAccount administrator = new UserAccount(username, "Beheerder", passwordEncoder.encode(password), Role.ADMIN, null,
                Clock.systemUTC().instant());
        // The password sits in the deployment's configuration: replace it at the first login.
        administrator.changePasswordHash(administrator.getPasswordHash(), true);
        accounts.save(administrator);
        log.info("Created the first administrator '{}'", username);
    }
}
