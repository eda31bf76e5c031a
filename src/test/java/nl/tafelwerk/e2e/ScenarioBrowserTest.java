package nl.tafelwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import nl.tafelwerk.scenarios.Scenario;
import nl.tafelwerk.scenarios.ScenarioService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The scenario workbench in real browsers: two people co-edit one scenario (each sees the other's
 * typing and lines; a save made on an older version meets the conflict dialog, never overwrites), and
 * every new view at laptop and projector size, saved as screenshots for a human to look at.
 */
class ScenarioBrowserTest extends BrowserTest {

    @Autowired
    ScenarioService scenarios;
    @Autowired
    UserDetailsService userDetails;

    private static final String SECRETARY = "Secretaris programmabureau";
    private static final String SC02 = "SC-02 · Scenario · Tafelwerk";

    @Test
    void twoUsersCoEditOneScenarioAndAStaleSaveNeverOverwrites() {
        Page secretary = patientLogin(newPage(), "programmabureau");
        Page member = patientLogin(newPage(), "lid-msz");
        openFirst(secretary, "/scenarios/SC-02", SC02);
        openFirst(member, "/scenarios/SC-02", SC02);
        assertThat(member.locator("#scenario-presence vaadin-avatar[name='" + SECRETARY + "']").first()).isAttached();

        // A line added in one browser appears in the other.
        secretary.locator("#scenario-fte-add").click();
        input(secretary, "scenario-fte-party").fill("VWS e2e");
        input(secretary, "scenario-fte-fte").fill("-2");
        secretary.locator("#scenario-fte-dialog-save").click();
        assertThat(secretary.locator("#scenario-fte-fte")).hasAttribute("invalid", "");
        assertThat(secretary.locator("#scenario-fte-fte")).containsText("FTE kan niet negatief zijn");
        screenshot(secretary, "scenario-negative-fte-refused");
        input(secretary, "scenario-fte-fte").fill("2,5");
        secretary.locator("#scenario-fte-dialog-save").click();
        assertThat(member.locator("#scenario-fte")).containsText("VWS e2e");

        // Typing in one browser is seen live in the other, with the typist's highlight.
        Locator secretarySummary = input(secretary, "scenario-summary");
        Locator memberSummary = input(member, "scenario-summary");
        String edited = secretarySummary.inputValue() + " (e2e " + System.nanoTime() + ")";
        secretarySummary.fill(edited);
        assertThat(memberSummary).hasValue(edited);
        assertThat(member.locator("#scenario-summary vaadin-field-outline[has-active-user]")).isAttached();
        screenshot(member, "scenario-member-sees-secretary-typing");

        secretary.locator("#scenario-save").click();
        assertThat(secretary.locator("#scenario-save-state")).hasAttribute("data-state", "saved");
        assertThat(member.locator("#scenario-save-state")).hasAttribute("data-state", "saved");

        // Someone saves outside this live topic (another tab opened before, an import): the member's
        // save is on an older version and meets the conflict dialog with both values.
        String elsewhere = "Elders opgeslagen " + System.nanoTime();
        actAs("programmabureau");
        try {
            Scenario current = scenarios.find("SC-02").orElseThrow();
            scenarios.update("SC-02", current.toDraft().withSummary(elsewhere));
        } finally {
            SecurityContextHolder.clearContext();
        }
        Locator memberAssumptions = input(member, "scenario-assumptions");
        memberAssumptions.fill("Aanname van MSZ " + System.nanoTime());
        member.locator("#scenario-save").click();
        assertThat(member.locator("#scenario-conflict-keep-mine")).isVisible();
        assertThat(member.locator("#scenario-conflict-grid")).containsText(elsewhere);
        screenshot(member, "scenario-conflict-dialog");
        actAs("programmabureau");
        try {
            org.assertj.core.api.Assertions.assertThat(scenarios.find("SC-02").orElseThrow().summary()).isEqualTo(elsewhere);
        } finally {
            SecurityContextHolder.clearContext();
        }
        member.locator("#scenario-conflict-take-theirs").click();
        assertThat(input(member, "scenario-summary")).hasValue(elsewhere);

        // Taking theirs saved nothing: the database still holds the other save, and the line added live.
        actAs("programmabureau");
        try {
            Scenario stored = scenarios.find("SC-02").orElseThrow();
            org.assertj.core.api.Assertions.assertThat(stored.summary()).isEqualTo(elsewhere);
            org.assertj.core.api.Assertions.assertThat(stored.fte()).anySatisfy(
                    f -> org.assertj.core.api.Assertions.assertThat(f.party()).isEqualTo("VWS e2e"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Logs in through the real form like {@link #loginAs}, waiting longer: the shared build machine is often overloaded. */
    private Page patientLogin(Page page, String username) {
        page.navigate(url("/login"));
        Locator name = page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true));
        assertThat(name).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(45_000));
        submitLogin(page, username, DEMO_PASSWORD);
        assertThat(page).hasTitle("Vandaag aan tafel · Tafelwerk",
                new com.microsoft.playwright.assertions.PageAssertions.HasTitleOptions().setTimeout(45_000));
        return page;
    }

    /** The first view of a test builds the scenario's topic and analyses; allow a busy build machine more time. */
    private void openFirst(Page page, String path, String title) {
        page.navigate(url(path));
        assertThat(page).hasTitle(title, new com.microsoft.playwright.assertions.PageAssertions.HasTitleOptions().setTimeout(45_000));
    }

    private void actAs(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void everyNewViewAtLaptopAndProjectorSize() {
        Page laptop = patientLogin(newPage(1366, 900, 1), "voorzitter");
        Page projector = patientLogin(newPage(1280, 720, 1.5), "voorzitter");
        for (Page page : new Page[] {laptop, projector}) {
            String size = page == laptop ? "laptop" : "projector";
            String projection = page == laptop ? "" : "?projectie";
            openFirst(page, "/scenarios" + projection, "Scenario's · Tafelwerk");
            assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Scenario's")).first()).isAttached();
            assertThat(page.locator("#scenarios-grid")).containsText("SC-01");
            screenshot(page, "scenarios-list-" + size);

            openFirst(page, "/scenarios/SC-02" + projection, SC02);
            assertThat(page.locator("#scenario-warnings")).containsText("MP9 start in 2025-Q1, maar heeft ZIB nodig");
            assertThat(page.locator("#scenario-timeline-chart svg")).isAttached();
            assertThat(page.locator("#scenario-money-chart svg")).isAttached();
            screenshot(page, "scenario-sc02-" + size);

            openFirst(page, "/scenarios/SC-01" + projection, "SC-01 · Scenario · Tafelwerk");
            assertThat(page.locator("#scenario-money-figures")).containsText("€ 7.354.114");
            assertThat(page.locator("#scenario-money-figures")).containsText("€ -4.516.709");
            screenshot(page, "scenario-sc01-" + size);
            for (String section : new String[] {"scenario-timeline", "scenario-money-figures", "scenario-risks"}) {
                page.locator("#" + section).screenshot(new Locator.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve("scenario-sc01-" + size + "-" + section + ".png")));
            }

            openFirst(page, "/scenarios/vergelijk?s=SC-01&s=SC-02" + (projection.isEmpty() ? "" : "&projectie"),
                    "Scenario's vergelijken · Tafelwerk");
            assertThat(page.locator("#comparison-table")).containsText("BGZ");
            assertThat(page.locator("#comparison-table tr.tw-differs").first()).isAttached();
            screenshot(page, "scenarios-compare-" + size);
        }
        openFirst(laptop, "/scenarios/SC-01/afdrukken", "SC-01 · Businesscase regionaal plan (bron 004) · Tafelwerk");
        screenshot(laptop, "scenario-print");
        openFirst(laptop, "/scenarios/vergelijk/afdrukken?s=SC-01&s=SC-02", "Scenario's vergelijken · Tafelwerk");
        screenshot(laptop, "scenarios-compare-print");
        openFirst(laptop, "/scenarios/vergelijk?s=SC-01&s=SC-01", "Scenario's vergelijken · Tafelwerk");
        assertThat(laptop.locator("#comparison-problem")).containsText("met zichzelf");
    }
}
