package nl.tafelwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import nl.tafelwerk.identity.NewUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.UserListItem;
import nl.tafelwerk.identity.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The Content-Security-Policy in a real browser: Vaadin starts, pushes and draws every main view with
 * no violation reported in the console. Also the password views and the audit log, with screenshots.
 */
class SecurityBrowserTest extends BrowserTest {

    @Autowired
    UserService users;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void mainViewsRunWithoutContentSecurityPolicyViolations() {
        List<String> violations = new ArrayList<>();
        Page login = watched(newPage(), violations);
        openLogin(login);

        Page chair = watched(newPage(), violations);
        openLogin(chair);
        submitLogin(chair, "voorzitter", DEMO_PASSWORD);
        assertThat(chair).hasTitle("Vandaag aan tafel · Tafelwerk");
        visit(chair, "/tafel", "Tafelprofiel · Tafelwerk");
        visit(chair, "/voorraadagenda", "Voorraadagenda · Tafelwerk");
        chair.navigate(url("/voorraadagenda/VS-01"));
        chair.waitForSelector("vaadin-text-field");
        visit(chair, "/bouwstenen", "Bouwstenen · Tafelwerk");
        chair.navigate(url("/bouwstenen/MITZ"));
        chair.waitForSelector("vaadin-text-field");
        visit(chair, "/bouwstenen/graaf", "Afhankelijkheidsgraaf · Tafelwerk");
        visit(chair, "/bouwstenen/rijpheid", "Rijpheidsmatrix · Tafelwerk");
        visit(chair, "/voorraadagenda/projectie", "Voorraadagenda (projectie) · Tafelwerk");

        Page admin = watched(newPage(), violations);
        openLogin(admin);
        submitLogin(admin, "beheerder", DEMO_PASSWORD);
        assertThat(admin).hasTitle("Vandaag aan tafel · Tafelwerk");
        visit(admin, "/beheer/gebruikers", "Gebruikers · Tafelwerk");
        visit(admin, "/beheer/audit", "Auditlog · Tafelwerk");
        assertThat(admin.locator("#audit-grid")).containsText("voorzitter");
        screenshot(admin, "beheer-audit");
        admin.locator("#change-password").click();
        assertThat(admin.locator("#password-current")).isVisible();
        admin.locator("#password-current input").fill("fout-wachtwoord");
        admin.locator("#password-new input").fill("nieuw-wachtwoord-1");
        admin.locator("#password-repeat input").fill("nieuw-wachtwoord-1");
        admin.locator("#password-submit").click();
        assertThat(admin.locator("#password-current")).hasAttribute("invalid", "");
        screenshot(admin, "wachtwoord-wijzigen");

        org.assertj.core.api.Assertions.assertThat(violations).as("CSP violations in the console").isEmpty();
    }

    @Test
    void afterAResetTheUserMustChooseAPasswordBeforeAnythingElse() {
        actAs("beheerder");
        UserListItem user = users.create(new NewUser("e2e-reset", "E2E Reset", Role.MEMBER, "HAZ", "door-beheer-gekozen"));
        users.resetPassword(user.id(), user.version(), "door-beheer-gekozen");
        SecurityContextHolder.clearContext();

        Page page = newPage();
        openLogin(page);
        submitLogin(page, "e2e-reset", "door-beheer-gekozen");
        assertThat(page).hasTitle("Nieuw wachtwoord kiezen · Tafelwerk");
        page.navigate(url("/voorraadagenda"));
        assertThat(page).hasTitle("Nieuw wachtwoord kiezen · Tafelwerk");
        screenshot(page, "wachtwoord-kiezen");
        page.locator("#password-current input").fill("door-beheer-gekozen");
        page.locator("#password-new input").fill("zelf-gekozen-wachtwoord");
        page.locator("#password-repeat input").fill("zelf-gekozen-wachtwoord");
        page.locator("#password-submit").click();
        assertThat(page).hasTitle("Vandaag aan tafel · Tafelwerk");
        visit(page, "/voorraadagenda", "Voorraadagenda · Tafelwerk");
    }

    private void visit(Page page, String path, String title) {
        open(page, path, title);
        page.waitForTimeout(300);
    }

    private static Page watched(Page page, List<String> violations) {
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(page.url() + ": " + message.text());
            }
        });
        return page;
    }

    private void actAs(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
