package nl.tafelwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the application refuses, and how it says so. */
class AccessBrowserTest extends BrowserTest {

    private static final String LOGIN_ERROR = "Gebruikersnaam of wachtwoord klopt niet";

    @Test
    void observerReadsTheTableProfileButCannotChangeIt() {
        Page page = loginAs("waarnemer");
        assertThat(page.locator("#current-user-role")).hasText("Waarnemer");
        open(page, "/tafel", "Tafelprofiel · Tafelwerk");

        assertThat(page.getByText("Alleen de voorzitter en het programmabureau kunnen het tafelprofiel wijzigen."))
                .isVisible();
        for (String field : List.of("profile-name", "profile-purpose", "profile-cadence", "profile-next-meeting",
                "profile-notice", "seats-haz", "representation-haz")) {
            assertThat(page.locator("#" + field)).hasAttribute("readonly", "");
            assertThat(input(page, field)).not().isEditable();
        }
        assertThat(input(page, "profile-name")).not().hasValue("");
        assertThat(page.locator("#profile-save")).isHidden();
        assertThat(page.locator("#profile-comments .tw-comment-input")).hasCount(0);
        assertThat(page.locator("#profile-comments .tw-comment-reply, #profile-comments .tw-comment-resolve")).hasCount(0);
        assertThat(page.locator("#profile-comments")).containsText("U kunt de opmerkingen lezen");
        screenshot(page, "tafel-observer");
    }

    @Test
    void wrongPasswordGetsOneDutchMessageThatGivesNothingAway() {
        Page page = newPage();
        openLogin(page);
        submitLogin(page, "lid-nictiz", "niet-het-wachtwoord");
        assertThat(page).hasURL(containing("/login?error"));
        Locator error = page.locator("vaadin-login-form [part='error-message-description']");
        assertThat(page.locator("vaadin-login-form [part='error-message-title']")).hasText("Inloggen mislukt");
        assertThat(error).containsText(LOGIN_ERROR);
        String wrongPassword = error.innerText();
        screenshot(page, "login-error");

        // A user name that does not exist gets exactly the same answer.
        submitLogin(page, "bestaat-niet", "niet-het-wachtwoord");
        assertThat(page).hasURL(containing("/login?error"));
        assertThat(error).containsText(LOGIN_ERROR);
        assertThat(error.innerText()).isEqualTo(wrongPassword);
        assertThat(wrongPassword).doesNotContainIgnoringCase("bestaat")
                .doesNotContainIgnoringCase("onbekend")
                .doesNotContain("lid-nictiz");
        assertThat(page.locator("#current-user-name")).hasCount(0);
    }

    @Test
    void unknownAddressShowsNietGevonden() {
        Page page = loginAs("waarnemer");
        page.navigate(url("/bestaat-niet"));
        assertThat(page).hasTitle("Niet gevonden · Tafelwerk");
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Niet gevonden").setLevel(2))).isVisible();
        assertThat(page.locator(".tw-error-page")).containsText("bestaat-niet");
        assertThat(page.getByText("Naar Vandaag aan tafel")).isVisible();
        assertInsideTheAppFrame(page, "Waarnemer");
        screenshot(page, "not-found");

        // An address of a view with an unknown item: the view's own Dutch sentence, in the frame too.
        page.navigate(url("/voorraadagenda/XX-999"));
        assertThat(page).hasTitle("Niet gevonden · Tafelwerk");
        assertThat(page.locator(".tw-error-page")).containsText("Vraagstuk XX-999 bestaat niet");
        assertInsideTheAppFrame(page, "Waarnemer");
        page.navigate(url("/bouwstenen/NOPE"));
        assertThat(page).hasTitle("Niet gevonden · Tafelwerk");
        assertThat(page.locator(".tw-error-page")).containsText("Onbekende bouwsteen: NOPE");
        assertInsideTheAppFrame(page, "Waarnemer");
        screenshot(page, "not-found-bouwsteen");

        // Someone not logged in is sent to the login page, for unknown and known addresses alike.
        Page anonymous = newPage();
        anonymous.navigate(url("/bestaat-niet"));
        assertThat(anonymous).hasTitle("Inloggen · Tafelwerk");
        anonymous.navigate(url("/tafel"));
        assertThat(anonymous).hasTitle("Inloggen · Tafelwerk");
        assertThat(anonymous.locator("#profile-name")).hasCount(0);
    }

    private static void assertInsideTheAppFrame(Page page, String role) {
        assertThat(page.locator("vaadin-side-nav-item").first()).isVisible();
        assertThat(page.locator("vaadin-side-nav")).containsText("Vandaag aan tafel");
        assertThat(page.locator(".tw-view-title")).hasText("Niet gevonden");
        assertThat(page.locator("#current-user-role")).hasText(role);
    }
}
