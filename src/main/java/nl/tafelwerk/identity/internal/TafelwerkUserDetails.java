package nl.tafelwerk.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import nl.tafelwerk.identity.AuthenticatedUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal; it carries the user as the rest of the application sees them. */
public record TafelwerkUserDetails(AuthenticatedUser user, String passwordHash, boolean active) implements UserDetails, TafelwerkPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return active;
    }
}
