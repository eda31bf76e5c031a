package nl.tafelwerk.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import nl.tafelwerk.shared.ui.LoginAlternative;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** The Dutch login page. A failed login never says whether the user name exists. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView(ObjectProvider<LoginAlternative> alternatives) {
        addClassName("tw-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("tw-login-title");
        Paragraph subtitle = new Paragraph(getTranslation("app.tableName"));
        subtitle.addClassName("tw-login-subtitle");
        Div card = new Div(title, subtitle, form);
        card.addClassName("tw-login-card");
        List<LoginAlternative> others = alternatives.orderedStream().toList();
        if (!others.isEmpty()) {
            Paragraph or = new Paragraph(getTranslation("login.sso.or"));
            or.addClassName("tw-login-or");
            card.add(or);
            others.forEach(other -> card.add(alternativeLink(other)));
        }
        add(card);
    }

    /** A plain link, not a Vaadin route: the browser leaves for the identity provider. */
    private Anchor alternativeLink(LoginAlternative alternative) {
        Anchor link = new Anchor(alternative.startPath().replaceFirst("^/", ""),
                getTranslation("login.sso.button", alternative.providerName()));
        link.setRouterIgnore(true);
        link.addClassName("tw-login-sso");
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("sso-error")) {
            LoginI18n i18n = LoginI18n.createDefault();
            i18n.setForm(formTexts());
            i18n.getErrorMessage().setTitle(getTranslation("login.sso.error.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.sso.error.message"));
            form.setI18n(i18n);
            form.setError(true);
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            if (lastFailureWasThrottle()) {
                LoginI18n i18n = LoginI18n.createDefault();
                i18n.setForm(formTexts());
                i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message"));
                form.setI18n(i18n);
            }
            form.setError(true);
        }
    }

    private LoginI18n.Form formTexts() {
        LoginI18n.Form texts = new LoginI18n.Form();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        return texts;
    }

    private static boolean lastFailureWasThrottle() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return false;
        }
        Object failure = session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof LockedException;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
