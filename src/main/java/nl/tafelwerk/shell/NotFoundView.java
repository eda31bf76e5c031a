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
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Niet gevonden": an unknown address or an item that does not exist, inside the app frame (menu, header,
 * user) so the user can go on from there (DD013). Someone not logged in never gets here: the frame is for
 * logged-in users only, so the router sends them to the login page instead.
 */
@ParentLayout(MainLayout.class)
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
        String path = event.getLocation().getPath();
        // A view that exists but cannot find its item (an unknown vraagstuk or bouwsteen code) reroutes
        // here with its own Dutch sentence; for an address no view has, Vaadin's message is English.
        boolean routeExists = event.getSource().getRegistry().getNavigationTarget(path).isPresent();
        detail.setText(routeExists && parameter.hasCustomMessage()
                ? parameter.getCustomMessage()
                : getTranslation("error.notFound.text", path));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** A title set in setErrorParameter is overwritten by the router afterwards; this one is kept. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title") + " · Tafelwerk";
    }
}
