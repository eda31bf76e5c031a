package nl.tafelwerk.identity.internal;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import nl.tafelwerk.shared.CurrentRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** The principal of the logged-in user, including a forced password change that {@code CurrentUser} hides. */
@Component
public class SignedInPrincipal {

    public Optional<TafelwerkUserDetails> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TafelwerkUserDetails details) {
            return Optional.of(details);
        }
        return Optional.empty();
    }

    /**
     * Puts a fresh principal (e.g. without the forced-change flag) into this request and the HTTP
     * session, so the next request, a Vaadin round trip or a push message, sees it too.
     */
    public void replace(TafelwerkUserDetails details) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        authentication.setDetails(previous == null ? null : previous.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        String key = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
        HttpSession session = CurrentRequest.session();
        if (session != null) {
            session.setAttribute(key, context);
        } else if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().getSession().setAttribute(key, context);
        }
    }
}
