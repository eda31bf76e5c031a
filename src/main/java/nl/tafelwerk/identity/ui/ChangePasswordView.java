package nl.tafelwerk.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.tafelwerk.identity.PasswordService;
import nl.tafelwerk.shared.ui.Notifications;

/**
 * Where a user whose password was set by someone else lands, whatever address they open, until
 * they chose their own (see {@code internal.ForcedPasswordChange}). No menu: there is nowhere else to go.
 */
@Route(value = ChangePasswordView.ROUTE, autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "wachtwoord-kiezen";

    ChangePasswordView(PasswordService passwords, AuthenticationContext authentication) {
        addClassName("tw-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        H1 title = new H1(getTranslation("password.forced.title"));
        title.addClassName("tw-login-title");
        Paragraph intro = new Paragraph(getTranslation("password.forced.intro"));
        intro.setId("password-forced-intro");
        PasswordChangeForm form = new PasswordChangeForm(passwords, () -> {
            Notifications.success(getTranslation("password.change.done"));
            UI.getCurrent().navigate("");
        });
        Button logout = new Button(getTranslation("shell.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.setId("logout");
        HorizontalLayout actions = new HorizontalLayout(form.submitButton(), logout);
        Div card = new Div(title, intro, form, actions);
        card.addClassName("tw-login-card");
        card.setMaxWidth("28rem");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.forced.pageTitle");
    }
}
