package nl.tafelwerk.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** "Niet gevonden": an unknown address or an item that does not exist. */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final Paragraph detail = new Paragraph();

    public NotFoundView() {
        addClassName("tw-error-page");
        add(new H2(getTranslation("error.notFound.title")), detail,
                new Anchor("", getTranslation("error.toStart")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        detail.setText(getTranslation("error.notFound.text", event.getLocation().getPath()));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** A title set in setErrorParameter is overwritten by the router afterwards; this one is kept. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title") + " · Tafelwerk";
    }
}
