package nl.tafelwerk.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import nl.tafelwerk.identity.AuthenticatedUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal; it carries the user as the rest of the application sees them. While the
 * password must be changed it grants no role at all, so every service refuses the caller until
 * the new password is chosen (the change-password route is the only way on).
 */
public record TafelwerkUserDetails(AuthenticatedUser user, String passwordHash, boolean active, boolean mustChangePassword)
        implements UserDetails, TafelwerkPrincipal {

    @Serial
    private static final long serialVersionUID = 2L;

    /** The only authority of a user who must change their password first. */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(mustChangePassword ? PASSWORD_CHANGE_REQUIRED : user.role().authority()));
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
