package nl.tafelwerk.identity.internal;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** Route of the login view in the shell; named here so identity does not depend on the shell. */
    static final String LOGIN_ROUTE = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        http.headers(SecurityHeaders.ALL);
        // The product's own stylesheet and icons are needed on the login page too.
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/icons/**").permitAll());
        // Unknown addresses are not denied outright (Vaadin's default: an empty 403 page) but need a
        // login, so a logged-in user gets the "Niet gevonden" view. Views keep their own access rules.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_ROUTE, "/login")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated)).build();
    }

    /**
     * Vaadin's navigation access control as Spring Boot sets it up (annotations on the views; switched on
     * by {@link VaadinSecurityConfigurer}), with its decisions passed through the audit log.
     */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer(ApplicationEventPublisher events) {
        return new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker()
                .withDecisionResolver(new AuditedNavigationDecisions(events)).disabled();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle);
    }
}
