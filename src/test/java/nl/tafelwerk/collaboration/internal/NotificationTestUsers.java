package nl.tafelwerk.collaboration.internal;

import java.util.concurrent.atomic.AtomicInteger;
import nl.tafelwerk.identity.NewUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.UserService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Fresh accounts per test, so counts of other test classes' notifications never matter. */
final class NotificationTestUsers {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final UserDetailsService details;
    private final UserService users;

    NotificationTestUsers(UserDetailsService details, UserService users) {
        this.details = details;
        this.users = users;
    }

    /**
     * A new account with the address {@code <name>@example.org}; the caller is nobody afterwards. An observer
     * without a sector: members would change the member counts of other test classes' scoring rounds.
     */
    String newMember(String prefix) {
        String username = prefix + "-" + System.nanoTime() % 100_000 + "-" + NEXT.incrementAndGet();
        actAs("beheerder");
        users.create(new NewUser(username, "Melding " + username, Role.OBSERVER, null, "een-goed-wachtwoord",
                username + "@example.org"));
        SecurityContextHolder.clearContext();
        return username;
    }

    void actAs(String username) {
        UserDetails user = details.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
