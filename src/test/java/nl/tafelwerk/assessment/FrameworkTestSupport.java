package nl.tafelwerk.assessment;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Acting as a demo user in service tests of the afwegingskader. */
final class FrameworkTestSupport {

    private final UserDetailsService users;

    FrameworkTestSupport(UserDetailsService users) {
        this.users = users;
    }

    void actAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static void nobody() {
        SecurityContextHolder.clearContext();
    }
}
