package nl.tafelwerk.identity.internal;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Response headers that tell the browser what this application may do (DD017); kept apart from
 * {@code SecurityConfiguration}, which applies them with one line.
 */
final class SecurityHeaders {

    /**
     * Vaadin Flow needs inline and eval'd scripts (its bootstrap and the JavaScript the server sends)
     * and inline styles; everything else is our own origin only. Push uses a WebSocket to the same
     * origin, which 'self' covers in connect-src. No plug-ins, no foreign frames or form targets.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    /** Nothing in Tafelwerk needs these; a script that gets in cannot ask for them either. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=()";

    static final Customizer<HeadersConfigurer<HttpSecurity>> ALL = headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.sameOrigin())
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    // Written when the response is committed (Spring's default) they never reached
                    // Vaadin's pages; written before the request goes on, they do.
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });

    private SecurityHeaders() {
    }
}
