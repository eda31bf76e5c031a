package nl.tafelwerk.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.tafelwerk.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** How the claims of a verified login are read, for the claim shapes of Keycloak and Entra ID. */
class SingleSignOnIdentityTest {

    @Test
    void keycloakRealmRolesAreReadThroughANestedPathAndIgnoreTheDefaultRoles() {
        OidcUser user = user(Map.of("realm_access",
                Map.of("roles", List.of("offline_access", "uma_authorization", "default-roles-ipt", "tafelwerk-chair"))));
        assertThat(SingleSignOnIdentity.from(user, "realm_access.roles", null).role()).contains(Role.CHAIR);
    }

    @Test
    void entraAppRolesMayCarryTheApplicationPrefix() {
        OidcUser user = user(Map.of("roles", List.of("Tafelwerk.Secretariat")));
        assertThat(SingleSignOnIdentity.from(user, "roles", null).role()).contains(Role.SECRETARIAT);
    }

    @Test
    void twoDifferentRolesAreAmbiguousAndGrantNothing() {
        OidcUser user = user(Map.of("roles", List.of("ADMIN", "MEMBER")));
        assertThat(SingleSignOnIdentity.from(user, "roles", null).role()).isEmpty();
    }

    @Test
    void aMissingOrUnknownRoleGrantsNothing() {
        assertThat(SingleSignOnIdentity.from(user(Map.of()), "tafelwerk_role", null).role()).isEmpty();
        assertThat(SingleSignOnIdentity.from(user(Map.of("tafelwerk_role", "superuser")), "tafelwerk_role", null).role())
                .isEmpty();
    }

    @Test
    void userNamesAreMadeToFitTheRulesFromTheProvidersNames() {
        OidcUser user = user(Map.of("preferred_username", "J.Jansen@Huisartsen.example", "email", "jj@example.nl"));
        assertThat(SingleSignOnIdentity.from(user, null, null).usernames())
                .startsWith("j.jansen-huisartsen.example", "jj-example.nl");
    }

    private static OidcUser user(Map<String, Object> extraClaims) {
        Map<String, Object> claims = new HashMap<>(extraClaims);
        claims.put("sub", "subject-1");
        claims.put("iss", "https://sso.example.nl/realms/ipt");
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), claims);
        return new DefaultOidcUser(List.of(), token);
    }
}
