package nl.tafelwerk.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import nl.tafelwerk.shared.DomainException;
import nl.tafelwerk.shared.Texts;
import nl.tafelwerk.shared.ui.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Component;

/**
 * Every session starts in Dutch, whatever the browser asks for, and every uncaught error becomes a
 * Dutch message: a refusal says what to do, anything else gets an incident code and no stack trace.
 */
@Component
class ShellServiceInitListener implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ShellServiceInitListener.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            VaadinSession session = init.getSession();
            session.setLocale(Texts.DUTCH);
            session.setErrorHandler(ShellServiceInitListener::handle);
        });
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(LanguageSwitch.chosenLocale(init.getUI().getSession())));
    }

    private static void handle(ErrorEvent event) {
        Throwable error = rootCause(event.getThrowable());
        VaadinSession session = VaadinSession.getCurrent();
        java.util.Locale locale = session == null ? Texts.DUTCH : session.getLocale();
        // Work done for a session without a UI in view (e.g. a live update arriving while the
        // browser leaves) has nobody to tell; it is only logged.
        boolean someoneToTell = UI.getCurrent() != null;
        if (error instanceof DomainException domain) {
            if (someoneToTell) {
                Notifications.error(Texts.get(locale, domain.messageKey(), domain.arguments()));
            }
        } else if (error instanceof AccessDeniedException || error instanceof AuthorizationDeniedException) {
            if (someoneToTell) {
                Notifications.error(Texts.get(locale, "error.forbidden"));
            }
        } else {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            log.error("Incident {}", incident, event.getThrowable());
            if (someoneToTell) {
                Notifications.error(Texts.get(locale, "error.internal.text", incident));
            }
        }
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable current = throwable;
        while (!(current instanceof DomainException) && !(current instanceof AccessDeniedException)
                && current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
