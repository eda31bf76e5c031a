package nl.tafelwerk.identity.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Single sign-on is on only when an issuer is configured. An empty value (the default placeholder in
 * application.properties) means off, which {@code @ConditionalOnProperty} would count as set.
 */
class OidcEnabled implements Condition {

    static final String ISSUER_PROPERTY = "tafelwerk.oidc.issuer-uri";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty(ISSUER_PROPERTY));
    }
}
