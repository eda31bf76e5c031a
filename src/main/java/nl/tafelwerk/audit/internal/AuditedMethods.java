package nl.tafelwerk.audit.internal;

import java.lang.reflect.Method;
import nl.tafelwerk.shared.audit.AuditEvent;
import nl.tafelwerk.shared.audit.AuditOutcome;
import nl.tafelwerk.shared.audit.Audited;
import nl.tafelwerk.shared.audit.AuditType;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The machinery behind {@link Audited} and the refusals of method security.
 */
@Configuration(proxyBeanMethods = false)
class AuditedMethods {

    /**
     * Between method security and the transaction: a call refused by {@code @PreAuthorize} is logged
     * once, as a refusal (below), and a call that returned has been committed.
     */
    static final int ORDER = 0;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor auditedMethodsAdvisor(ObjectProvider<ApplicationEventPublisher> events) {
        MethodInterceptor interceptor = invocation -> {
            Method method = invocation.getMethod();
            Audited audited = AnnotatedElementUtils.findMergedAnnotation(method, Audited.class);
            if (audited == null) {
                return invocation.proceed();
            }
            String detail = detail(audited, invocation.getArguments());
            try {
                Object result = invocation.proceed();
                @Nullable String size = result instanceof byte[] bytes ? bytes.length + " bytes" : null;
                events.getObject().publishEvent(AuditEvent.of(audited.value(), audited.subject(), join(detail, size),
                        AuditOutcome.SUCCESS));
                return result;
            } catch (AccessDeniedException e) {
                events.getObject().publishEvent(AuditEvent.of(audited.value(), audited.subject(), detail, AuditOutcome.DENIED));
                throw e;
            } catch (RuntimeException e) {
                events.getObject().publishEvent(AuditEvent.of(audited.value(), audited.subject(),
                        join(detail, e.getClass().getSimpleName()), AuditOutcome.FAILURE));
                throw e;
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(Audited.class), interceptor);
        advisor.setOrder(ORDER);
        return advisor;
    }

    /**
     * A refusal an application service throws itself ({@code AccessDeniedException} from its role, sector
     * or lifecycle checks) is logged as "toegang geweigerd" with the service method and the reason. The
     * refusals of {@code @PreAuthorize} ({@link AuthorizationDeniedException}) are logged from their event
     * below, and an {@link Audited} method logs its own refusal; a refusal passing through several services
     * is logged once, by the innermost.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor serviceRefusalsAdvisor(ObjectProvider<ApplicationEventPublisher> events) {
        ThreadLocal<@Nullable Throwable> lastLogged = new ThreadLocal<>();
        ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
        MethodInterceptor interceptor = invocation -> {
            depth.get()[0]++;
            try {
                return invocation.proceed();
            } catch (AccessDeniedException e) {
                Method method = invocation.getMethod();
                if (!(e instanceof AuthorizationDeniedException) && lastLogged.get() != e
                        && AnnotatedElementUtils.findMergedAnnotation(method, Audited.class) == null) {
                    lastLogged.set(e);
                    events.getObject().publishEvent(AuditEvent.of(AuditType.ACCESS_DENIED,
                            method.getDeclaringClass().getSimpleName() + "." + method.getName(), e.getMessage(),
                            AuditOutcome.DENIED));
                }
                throw e;
            } finally {
                if (--depth.get()[0] == 0) {
                    lastLogged.remove();
                    depth.remove();
                }
            }
        };
        ClassFilter ourServices = type -> type.getName().startsWith("nl.tafelwerk.")
                && AnnotatedElementUtils.hasAnnotation(type, Service.class);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new ComposablePointcut(ourServices), interceptor);
        advisor.setOrder(ORDER);
        return advisor;
    }

    /** Publishes refusals of {@code @PreAuthorize} and request rules as events; grants stay silent. */
    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    private static @Nullable String detail(Audited audited, Object[] arguments) {
        int index = audited.detailArgument();
        if (index >= 0 && index < arguments.length && arguments[index] instanceof String text) {
            return text;
        }
        return null;
    }

    private static @Nullable String join(@Nullable String first, @Nullable String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + " · " + second;
    }
}
