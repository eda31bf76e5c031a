package nl.tafelwerk.identity.internal;

import nl.tafelwerk.identity.AuthenticatedUser;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a verified OpenID Connect login (ID token checked, user info fetched by Spring Security) into the
 * principal of the linked Tafelwerk account.
 */
class SingleSignOnUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final SingleSignOnAccounts accounts;
    private final OidcProperties properties;

    SingleSignOnUserService(SingleSignOnAccounts accounts, OidcProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser verified = provider.loadUser(request);
        AuthenticatedUser user = accounts.signIn(
                SingleSignOnIdentity.from(verified, properties.roleClaim(), properties.sectorClaim()));
        return new TafelwerkOidcUser(user, verified.getIdToken(), verified.getUserInfo());
    }
}
