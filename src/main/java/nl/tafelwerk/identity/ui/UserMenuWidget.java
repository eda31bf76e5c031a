package nl.tafelwerk.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.shared.ui.HeaderWidget;

/** Name, role and sector of the logged-in user, with the logout button. */
@org.springframework.stereotype.Component
class UserMenuWidget implements HeaderWidget {

    private final CurrentUser currentUser;
    private final SectorService sectors;
    private final AuthenticationContext authentication;

    UserMenuWidget(CurrentUser currentUser, SectorService sectors, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.sectors = sectors;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Component create() {
        AuthenticatedUser user = currentUser.require();
        Div box = new Div();
        box.addClassName("tw-user");
        Span name = new Span(user.displayName());
        name.addClassName("tw-user-name");
        name.setId("current-user-name");
        String roleText = box.getTranslation("role." + user.role().name());
        String sectorText = user.sectorCode() == null ? ""
                : " · " + sectors.find(user.sectorCode()).map(SectorView::code).orElse(user.sectorCode());
        Span role = new Span(roleText + sectorText);
        role.addClassName("tw-user-role");
        role.setId("current-user-role");
        Div text = new Div(name, role);
        text.addClassName("tw-user-text");
        Button logout = new Button(box.getTranslation("shell.logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.setId("logout");
        box.add(text, logout);
        return box;
    }
}
