package nl.tafelwerk.identity;

import static nl.tafelwerk.HttpBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.tafelwerk.HttpBrowser;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.bench.ServerSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Audit finding: an administrator's change to an account takes effect at once. A user is logged in
 * over real HTTP (a live session); the administrator deactivates them, changes their role or sector,
 * or resets their password; that session's next request is no longer authenticated and is sent to
 * the login page, and a new login carries the new role.
 */
@TafelwerkTest
class AccountChangeEndsSessionsTest {

    private static final String PASSWORD = "sessie-wachtwoord";
    private static final AtomicInteger NEXT = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApplicationContext context;

    @Test
    void deactivationEndsTheOpenSessionAndRefusesANewLogin() throws Exception {
        UserListItem user = createUser(Role.MEMBER, "HAZ");
        HttpBrowser browser = loggedIn(user);

        UserListItem deactivated = asAdmin(() -> users.setActive(user.id(), user.version(), false));

        assertThat(browser.isSentToLogin()).as("old session's next request").isTrue();
        assertThat(location(new HttpBrowser(port).login(user.username(), PASSWORD))).endsWith("/login?error");
        assertThat(deactivated.active()).isFalse();
    }

    @Test
    void roleChangeEndsTheOpenSessionAndTheNewLoginHasTheNewRole() throws Exception {
        UserListItem user = createUser(Role.MEMBER, "HAZ");
        HttpBrowser browser = loggedIn(user);
        assertThat(authoritiesOf(browser)).contains(Role.MEMBER.authority());

        asAdmin(() -> users.update(new UserChange(user.id(), user.version(), user.displayName(), Role.OBSERVER, null)));

        assertThat(browser.isSentToLogin()).as("old session's next request").isTrue();
        HttpBrowser again = loggedIn(user);
        assertThat(authoritiesOf(again)).contains(Role.OBSERVER.authority()).doesNotContain(Role.MEMBER.authority());
    }

    @Test
    void sectorChangeAndPasswordResetEndTheOpenSession() throws Exception {
        UserListItem user = createUser(Role.MEMBER, "HAZ");
        HttpBrowser first = loggedIn(user);
        UserListItem moved = asAdmin(() -> users.update(new UserChange(user.id(), user.version(), user.displayName(), Role.MEMBER, "MSZ")));
        assertThat(first.isSentToLogin()).as("session after a sector change").isTrue();

        HttpBrowser second = loggedIn(user);
        asAdmin(() -> users.resetPassword(moved.id(), moved.version(), "een-nieuw-wachtwoord"));
        assertThat(second.isSentToLogin()).as("session after a password reset").isTrue();
    }

    @Test
    void aNameChangeAloneLeavesTheSessionAlone() throws Exception {
        UserListItem user = createUser(Role.MEMBER, "LZ");
        HttpBrowser browser = loggedIn(user);
        asAdmin(() -> users.update(new UserChange(user.id(), user.version(), "Andere Naam", Role.MEMBER, "LZ")));
        assertThat(browser.isSentToLogin()).isFalse();
    }

    private UserListItem createUser(Role role, String sector) {
        String username = "sessie-" + System.nanoTime() % 100_000 + "-" + NEXT.incrementAndGet();
        return asAdmin(() -> users.create(new NewUser(username, "Sessie Test", role, sector, PASSWORD)));
    }

    private HttpBrowser loggedIn(UserListItem user) throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        assertThat(location(browser.login(user.username(), PASSWORD))).doesNotContain("error");
        assertThat(browser.isSentToLogin()).as("freshly logged in").isFalse();
        return browser;
    }

    private java.util.List<String> authoritiesOf(HttpBrowser browser) {
        Object attribute = ServerSessions.of(context).attribute(browser.sessionCookie(), "SPRING_SECURITY_CONTEXT");
        return ((SecurityContext) attribute).getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList();
    }

    private <T> T asAdmin(Supplier<T> action) {
        UserDetails admin = userDetails.loadUserByUsername("beheerder");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

}
