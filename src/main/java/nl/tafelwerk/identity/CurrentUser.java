package nl.tafelwerk.identity;

import java.util.Optional;
import nl.tafelwerk.identity.internal.TafelwerkPrincipal;
import nl.tafelwerk.identity.internal.TafelwerkUserDetails;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: the one place features ask for the logged-in user. */
@Component
public class CurrentUser {

    public Optional<AuthenticatedUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // Until a forced password change is done the user acts as nobody: every feature's check refuses.
        if (authentication != null && authentication.getPrincipal() instanceof TafelwerkPrincipal principal
                && !(principal instanceof TafelwerkUserDetails details && details.mustChangePassword())) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    public AuthenticatedUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not logged in"));
    }
}
