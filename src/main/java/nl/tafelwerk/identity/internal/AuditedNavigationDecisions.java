package nl.tafelwerk.identity.internal;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationContext;
import java.util.List;
import nl.tafelwerk.shared.audit.AuditEvent;
import nl.tafelwerk.shared.audit.AuditOutcome;
import nl.tafelwerk.shared.audit.AuditType;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Vaadin's own decision on a navigation, and a refused one of a signed-in user written to the audit log
 * ("toegang geweigerd", the route; who and from where are added by the log). Anonymous visitors sent to
 * the login page are the normal way in, and checks made for drawing the menu are no navigation, so
 * neither is logged.
 */
final class AuditedNavigationDecisions implements AccessCheckDecisionResolver {

    private final AccessCheckDecisionResolver vaadin = new DefaultAccessCheckDecisionResolver();
    private final ApplicationEventPublisher events;

    AuditedNavigationDecisions(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
        AccessCheckResult result = vaadin.resolve(results, context);
        if (result.decision() != AccessCheckDecision.ALLOW && context.isNavigating() && !context.isErrorHandling()
                && context.getPrincipal() != null) {
            events.publishEvent(new AuditEvent(AuditType.ACCESS_DENIED, "/" + context.getLocation().getPath(),
                    "route " + context.getNavigationTarget().getSimpleName(), AuditOutcome.DENIED,
                    context.getPrincipal().getName()));
        }
        return result;
    }
}
