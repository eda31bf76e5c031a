package nl.tafelwerk.identity.internal;

import nl.tafelwerk.shared.ui.LoginAlternative;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.util.StringUtils;

/**
 * Single sign-on with OpenID Connect next to the login form (DD019). Only loaded when an issuer is
 * configured; otherwise there is no OAuth2 endpoint at all and the login page is unchanged.
 *
 * <p>It adds {@code oauth2Login} through a {@code Customizer<HttpSecurity>} bean, which Spring Security
 * applies to the {@code HttpSecurity} that {@link SecurityConfiguration} builds, so that class does not
 * change with it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OidcEnabled.class)
@EnableConfigurationProperties(OidcProperties.class)
class OidcLoginConfiguration {

    static final String AUTHORIZATION_PATH = "/oauth2/authorization/" + OidcProperties.REGISTRATION_ID;
    /** The login page shows the single sign-on message when it sees this parameter. */
    static final String FAILURE_URL = SecurityConfiguration.LOGIN_ROUTE + "?sso-error";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OidcProperties properties) {
        String issuer = required(properties.issuerUri(), OidcEnabled.ISSUER_PROPERTY);
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuer)
                .registrationId(OidcProperties.REGISTRATION_ID)
                .clientId(required(properties.clientId(), "tafelwerk.oidc.client-id (TAFELWERK_OIDC_CLIENT_ID)"))
                .clientSecret(required(properties.clientSecret(),
                        "tafelwerk.oidc.client-secret (TAFELWERK_OIDC_CLIENT_SECRET)"))
                .scope("openid", "profile", "email")
                .clientName(properties.displayName())
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    SingleSignOnAccounts singleSignOnAccounts(UserAccountRepository accounts, SectorRepository sectors,
                                              PasswordEncoder passwordEncoder) {
        return new SingleSignOnAccounts(accounts, sectors, passwordEncoder);
    }

    @Bean
    SingleSignOnUserService singleSignOnUserService(SingleSignOnAccounts accounts, OidcProperties properties) {
        return new SingleSignOnUserService(accounts, properties);
    }

    @Bean
    Customizer<HttpSecurity> oidcLogin(SingleSignOnUserService users) {
        return http -> http.oauth2Login(login -> login
                .loginPage(SecurityConfiguration.LOGIN_ROUTE)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .failureUrl(FAILURE_URL));
    }

    @Bean
    LoginAlternative singleSignOnLogin(OidcProperties properties) {
        String name = properties.displayName();
        return new LoginAlternative() {
            @Override
            public String providerName() {
                return name;
            }

            @Override
            public String startPath() {
                return AUTHORIZATION_PATH;
            }
        };
    }

    private static String required(String value, String name) {
        if (!StringUtils.hasText(value)) {
            throw new IllegalStateException("Single sign-on is configured with an issuer but " + name + " is missing");
        }
        return value.trim();
    }
}
