package nl.tafelwerk.identity.internal;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * While a user must change their password, every navigation ends on the change-password view, on
 * the server, before any other view is built. Their services refuse them anyway (no role, no
 * {@code CurrentUser}); this makes the way out the only thing they see.
 */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    /** The route of {@code ui.ChangePasswordView}; named here so internal does not import the view. */
    static final String CHANGE_ROUTE = "wachtwoord-kiezen";
    private static final String LOGIN_ROUTE = "login";

    private final SignedInPrincipal principal;

    ForcedPasswordChange(SignedInPrincipal principal) {
        this.principal = principal;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::redirect));
    }

    private void redirect(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        if (path.equals(CHANGE_ROUTE) || path.equals(LOGIN_ROUTE)) {
            return;
        }
        if (principal.current().map(TafelwerkUserDetails::mustChangePassword).orElse(false)) {
            event.forwardTo(CHANGE_ROUTE);
        }
    }
}
