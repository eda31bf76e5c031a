package nl.tafelwerk.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown instead of a stack trace when navigation fails, inside the app frame so the menu still works;
 * the details go to the log under an incident code.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    private final Paragraph detail = new Paragraph();

    public InternalErrorView() {
        addClassName("tw-error-page");
        add(new H2(getTranslation("error.internal.title")), detail, new Anchor("", getTranslation("error.toStart")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {} while opening {}", incident, event.getLocation().getPath(), parameter.getCaughtException());
        detail.setText(getTranslation("error.internal.text", incident));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** A title set in setErrorParameter is overwritten by the router afterwards; this one is kept. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.internal.title") + " · Tafelwerk";
    }
}
