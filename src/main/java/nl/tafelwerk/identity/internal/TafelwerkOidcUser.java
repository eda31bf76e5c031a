package nl.tafelwerk.identity.internal;

import java.io.Serial;
import java.util.List;
import nl.tafelwerk.identity.AuthenticatedUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The principal of someone who logged in through single sign-on: the provider's tokens, but the role,
 * authority and name of the linked Tafelwerk account, like a form login.
 */
final class TafelwerkOidcUser extends DefaultOidcUser implements TafelwerkPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AuthenticatedUser user;

    TafelwerkOidcUser(AuthenticatedUser user, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        super(List.of(new SimpleGrantedAuthority(user.role().authority())), idToken, userInfo, IdTokenClaimNames.SUB);
        this.user = user;
    }

    @Override
    public AuthenticatedUser user() {
        return user;
    }

    /**
     * One person is one principal, whichever token they came with (a session registry counts people, and
     * the tokens differ per login).
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TafelwerkOidcUser that && that.user.id() == user.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(user.id());
    }

    /** The Tafelwerk user name, as for a form login (not the provider's subject). */
    @Override
    public String getName() {
        return user.username();
    }
}
