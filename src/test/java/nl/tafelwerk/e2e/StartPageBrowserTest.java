package nl.tafelwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import nl.tafelwerk.agenda.VraagstukService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The chair logs in through the real login page and finds the start page and the table profile. */
class StartPageBrowserTest extends BrowserTest {

    @Autowired
    VraagstukService vraagstukken;

    @Test
    void chairLogsInAndSeesTodayAtTheTable() {
        Page page = newPage();
        openLogin(page);
        assertThat(page).hasTitle("Inloggen · Tafelwerk");
        assertThat(page.getByText("Intersectorale planningstafel")).isVisible();
        screenshot(page, "login");

        submitLogin(page, "voorzitter", DEMO_PASSWORD);

        assertThat(page).hasTitle("Vandaag aan tafel · Tafelwerk");
        assertThat(page.locator(".tw-view-title")).hasText("Vandaag aan tafel");
        assertThat(page.locator("#current-user-name")).hasText("Onafhankelijk voorzitter");
        assertThat(page.locator("#current-user-role")).hasText("Voorzitter");
        assertThat(page.locator("#logout")).isVisible();

        // the 18 demo vraagstukken plus those other test classes in this context submitted
        org.assertj.core.api.Assertions.assertThat(vraagstukken.count()).isGreaterThanOrEqualTo(18);
        assertThat(card(page, "start.count.vraagstukken").locator(".tw-card-number")).hasText(String.valueOf(vraagstukken.count()));
        assertThat(card(page, "start.count.vraagstukken")).containsText("vraagstukken");
        assertThat(card(page, "start.count.bouwstenen").locator(".tw-card-number")).hasText("31");
        assertThat(card(page, "start.count.bouwstenen")).containsText("bouwstenen");
        assertThat(page.locator(".tw-card").first()).isVisible();
        assertThat(page.locator("#online-now")).isVisible();
        screenshot(page, "start-chair");

        open(page, "/tafel", "Tafelprofiel · Tafelwerk");
        assertThat(page.locator(".tw-view-title")).hasText("Tafelprofiel");
        assertThat(input(page, "profile-name")).isEditable();
        assertThat(input(page, "profile-name")).not().hasValue("");
        assertThat(page.locator("#profile-save")).isVisible();
        assertThat(page.locator("#profile-save-state")).hasAttribute("data-state", "saved");
        screenshot(page, "tafel-chair");
    }

    private static Locator card(Page page, String area) {
        return page.locator(".tw-card[data-area='" + area + "']");
    }
}
