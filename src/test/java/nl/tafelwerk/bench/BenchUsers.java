package nl.tafelwerk.bench;

import java.util.Locale;
import nl.tafelwerk.identity.NewUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.UserDirectory;
import nl.tafelwerk.identity.UserService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The benchmarks' users {@code bench-001}…: programmabureau (they may edit), one password, created once. */
final class BenchUsers {

    static final String PASSWORD = "bench-wachtwoord";

    private BenchUsers() {
    }

    /** Creates {@code bench-001} … {@code bench-<count>} as the administrator, skipping those that exist. */
    static void ensure(ApplicationContext context, int count) {
        UserDirectory directory = context.getBean(UserDirectory.class);
        UserService users = context.getBean(UserService.class);
        UserDetails admin = context.getBean(UserDetailsService.class).loadUserByUsername("beheerder");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            for (int i = 1; i <= count; i++) {
                String username = String.format(Locale.ROOT, "bench-%03d", i);
                if (directory.findActive(username).isEmpty()) {
                    users.create(new NewUser(username, "Bench " + i, Role.SECRETARIAT, null, PASSWORD));
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
