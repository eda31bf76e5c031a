package nl.tafelwerk.e2e;

import nl.tafelwerk.identity.internal.SharedContextIsolation;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the end-to-end tests: the whole application on a random port (demo profile, embedded
 * MariaDB in a temporary folder, see {@code application-test.properties}) driven by a real headless
 * Chromium through Playwright.
 *
 * <p>The two annotations below are the shared configuration of every Spring integration test in this
 * project (browser tests and Karibu UI tests alike). Keep them identical — no {@code properties},
 * {@code @TestPropertySource}, {@code @MockitoBean} or {@code @Import} on a test class — so that Spring
 * caches one context and the embedded MariaDB starts once per test run.
 *
 * <p>One browser per test class; every test gets fresh browser contexts (separate cookies, so separate
 * users) that are closed after the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(SharedContextIsolation.class)
public abstract class BrowserTest {

    /** Debian's Chromium; Playwright's own browser download does not work on the build machines. */
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "e2e-screenshots");
    /** Password of every demo account (application-demo.properties). */
    static final String DEMO_PASSWORD = "tafelwerk-demo";
    /** Vaadin is asynchronous (server round trips, push): assertions wait up to this long. */
    static final double TIMEOUT_MS = 10_000;

    private static Playwright playwright;
    private static Browser browser;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @LocalServerPort
    private int port;

    @BeforeAll
    static void launchBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Browser tests skipped: " + CHROMIUM + " is missing (install the Debian package 'chromium'; .ci/run does)");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync")));
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A new, empty browser (own cookies and session) with a laptop-sized window and a Dutch locale. */
    protected Page newPage() {
        return newPage(1366, 900, 1);
    }

    /** A new, empty browser with the given window size (CSS pixels) and zoom (device pixels per CSS pixel). */
    protected Page newPage(int width, int height, double zoom) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setDeviceScaleFactor(zoom)
                .setLocale("nl-NL")
                .setTimezoneId("Europe/Amsterdam"));
        context.setDefaultTimeout(TIMEOUT_MS);
        // The first page load after start-up can be slow on a busy two-core build machine.
        context.setDefaultNavigationTimeout(3 * TIMEOUT_MS);
        contexts.add(context);
        return context.newPage();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens the login page and waits until the Vaadin login form is ready. */
    protected void openLogin(Page page) {
        page.navigate(url("/login"));
        assertThat(loginField(page, "Gebruikersnaam")).isVisible();
    }

    /** Logs in through the real login form and waits for the start page. */
    protected Page loginAs(String username) {
        return loginAs(newPage(), username);
    }

    /** Logs in on {@code page} through the real login form and waits for the start page. */
    protected Page loginAs(Page page, String username) {
        openLogin(page);
        submitLogin(page, username, DEMO_PASSWORD);
        assertThat(page).hasTitle("Vandaag aan tafel · Tafelwerk");
        return page;
    }

    protected void submitLogin(Page page, String username, String password) {
        loginField(page, "Gebruikersnaam").fill(username);
        loginField(page, "Wachtwoord").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();
    }

    private static Locator loginField(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /** Navigates inside the running app and waits for the page title of the view. */
    protected void open(Page page, String path, String title) {
        page.navigate(url(path));
        assertThat(page).hasTitle(title);
    }

    /**
     * A screenshot in {@code target/e2e-screenshots}, for a human to look at. Vaadin's development-mode
     * tools (only present because tests run in development mode) are hidden so they cover nothing.
     */
    protected static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED)
                .setStyle("vaadin-dev-tools, copilot-main { display: none !important; }"));
    }

    /** The inner {@code <input>} (or {@code <textarea>}) of a Vaadin text field, date picker or number field. */
    protected static Locator input(Page page, String fieldId) {
        return page.locator("#" + fieldId).locator("input, textarea").first();
    }

    /**
     * A pattern that matches any text containing {@code text} literally. Playwright runs patterns as
     * JavaScript regular expressions, which do not know Java's {@code \Q...\E} quoting.
     */
    protected static Pattern containing(String text) {
        return Pattern.compile(text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0"));
    }
}
