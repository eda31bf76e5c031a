package nl.tafelwerk.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.tafelwerk.identity.AuthenticatedUser;
import nl.tafelwerk.identity.CurrentUser;
import nl.tafelwerk.identity.PasswordService;
import nl.tafelwerk.identity.SectorService;
import nl.tafelwerk.identity.SectorView;
import nl.tafelwerk.shared.ui.HeaderWidget;
import nl.tafelwerk.shared.ui.Notifications;

/** Name, role and sector of the logged-in user, with the logout button. */
@org.springframework.stereotype.Component
class UserMenuWidget implements HeaderWidget {

    private final CurrentUser currentUser;
    private final SectorService sectors;
    private final AuthenticationContext authentication;
    private final PasswordService passwords;

    UserMenuWidget(CurrentUser currentUser, SectorService sectors, AuthenticationContext authentication,
                   PasswordService passwords) {
        this.currentUser = currentUser;
        this.sectors = sectors;
        this.authentication = authentication;
        this.passwords = passwords;
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
        Button changePassword = new Button(box.getTranslation("password.change.action"), click -> openPasswordDialog());
        changePassword.addThemeVariants(ButtonVariant.TERTIARY);
        changePassword.setId("change-password");
        box.add(text, changePassword, logout);
        return box;
    }

    private void openPasswordDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("password.change.title"));
        dialog.setId("change-password-dialog");
        PasswordChangeForm form = new PasswordChangeForm(passwords, () -> {
            dialog.close();
            Notifications.success(dialog.getTranslation("password.change.done"));
        });
        dialog.add(form);
        Button cancel = new Button(dialog.getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, form.submitButton());
        dialog.setWidth("26rem");
        dialog.open();
        form.focus();
    }
}
