package nl.tafelwerk.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on with an OpenID Connect provider (DD019); off unless {@code issuerUri} is set.
 *
 * @param issuerUri    the provider's issuer, e.g. https://sso.example.nl/realms/ipt (Keycloak) or
 *                     https://login.microsoftonline.com/&lt;tenant&gt;/v2.0 (Entra ID)
 * @param roleClaim    claim holding the Tafelwerk role; a dotted path reaches into nested claims
 *                     (Keycloak: realm_access.roles)
 * @param sectorClaim  claim holding the sector code
 */
@ConfigurationProperties("tafelwerk.oidc")
record OidcProperties(@Nullable String issuerUri, @Nullable String clientId, @Nullable String clientSecret,
                      @Nullable String providerName, @Nullable String roleClaim, @Nullable String sectorClaim) {

    static final String REGISTRATION_ID = "oidc";

    String displayName() {
        return providerName == null || providerName.isBlank() ? "SSO" : providerName.trim();
    }
}
