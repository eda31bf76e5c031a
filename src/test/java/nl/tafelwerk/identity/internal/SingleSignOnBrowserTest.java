package nl.tafelwerk.identity.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.tafelwerk.identity.Role;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect provider (mock-oauth2-server: discovery, authorize, token,
 * user info and JWKS endpoints, signed tokens) on a loopback port. Every login runs the whole
 * authorization-code flow over HTTP; the provider answers the authorize step at once with the claims the
 * test queued, as a provider does for someone already logged in there.
 *
 * <p>This is the one test with its own Spring context: single sign-on is off in the shared one. It is
 * closed afterwards, so the rest of the run does not carry a second application and database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tafelwerk.oidc.client-id=" + SingleSignOnBrowserTest.CLIENT_ID,
        "tafelwerk.oidc.client-secret=test-geheim",
        "tafelwerk.oidc.provider-name=Testprovider"})
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class SingleSignOnBrowserTest {

    static final String CLIENT_ID = "tafelwerk";
    private static final String ISSUER_ID = "ipt";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start(InetAddress.getLoopbackAddress(), 0);
    }

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry properties) {
        properties.add("tafelwerk.oidc.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER_ID).toString());
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    @Test
    void memberLogsInWithTheProviderAndWorksWithRoleAndSectorFromTheClaims() {
        queueLogin("sub-jansen", Map.of("preferred_username", "j.jansen@huisartsen.example", "name", "Jan Jansen",
                "tafelwerk_role", "MEMBER", "tafelwerk_sector", "haz"));
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = chromium(playwright)) {
            Page page = newPage(browser);
            page.navigate(app("/login"));
            assertThat(page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true))).isVisible();
            screenshot(page, "login-sso");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen met Testprovider")).click();

            assertThat(page).hasTitle("Vandaag aan tafel · Tafelwerk");
            assertThat(page.locator("#current-user-name")).hasText("Jan Jansen");
            assertThat(page.locator("#current-user-role")).hasText("Tafellid · HAZ");
            screenshot(page, "start-sso-member");
        }
        UserAccount account = accounts.findByOidcIssuerAndOidcSubject(issuer(), "sub-jansen").orElseThrow();
        assertThat(account.getUsername()).isEqualTo("j.jansen-huisartsen.example");
        assertThat(account.toAuthenticatedUser().role()).isEqualTo(Role.MEMBER);
        assertThat(account.toAuthenticatedUser().sectorCode()).isEqualTo("HAZ");
    }

    @Test
    void administratorFromTheClaimsManagesUsersAndSeesWhoSignsInThroughSso() {
        queueLogin("sub-admin", Map.of("preferred_username", "sso-beheer", "name", "Beheer via SSO",
                "tafelwerk_role", List.of("offline_access", "tafelwerk-admin")));
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = chromium(playwright)) {
            Page page = newPage(browser);
            // Asking for a protected page first: after the provider, the user lands where they wanted to go.
            page.navigate(app("/beheer/gebruikers"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen met Testprovider")).click();

            assertThat(page).hasTitle(java.util.regex.Pattern.compile("Gebruikers"));
            assertThat(page.locator("#current-user-role")).hasText("Beheerder");
            page.locator("#user-search input").fill("sso-beheer");
            assertThat(page.locator("#user-grid")).containsText("Actief · SSO");
            page.locator("#user-grid").getByText("sso-beheer").click();
            assertThat(page.locator("#user-sso-note")).isVisible();
            assertThat(page.locator("#user-reset-password")).isHidden();
            screenshot(page, "admin-users-sso");
        }
    }

    @Test
    void withoutRoleClaimsANewAccountIsAReadOnlyObserverWithoutSector() throws Exception {
        queueLogin("sub-zonder-rol", Map.of("preferred_username", "p.pieters", "name", "Piet Pieters"));
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> landing = browser.singleSignOn();

        assertThat(location(landing)).isEqualTo(app("/"));
        assertThat(browser.get(app("/")).statusCode()).as("logged in: the start page, not the login page").isEqualTo(200);
        assertThat(browser.sessionAtLogin).as("session id changes at login (fixation protection)")
                .isNotEqualTo(browser.sessionCookie());
        UserAccount account = accounts.findByOidcIssuerAndOidcSubject(issuer(), "sub-zonder-rol").orElseThrow();
        assertThat(account.toAuthenticatedUser().role()).isEqualTo(Role.OBSERVER);
        assertThat(account.toAuthenticatedUser().sectorCode()).isNull();
        assertThat(account.toAuthenticatedUser().displayName()).isEqualTo("Piet Pieters");
    }

    @Test
    void aRoleThatNeedsASectorWithoutOneIsNotGrantedFromTheClaims() throws Exception {
        queueLogin("sub-lid-zonder-sector", Map.of("preferred_username", "k.klaassen", "tafelwerk_role", "MEMBER"));
        new HttpBrowser().singleSignOn();

        UserAccount account = accounts.findByOidcIssuerAndOidcSubject(issuer(), "sub-lid-zonder-sector").orElseThrow();
        assertThat(account.toAuthenticatedUser().role()).isEqualTo(Role.OBSERVER);
    }

    @Test
    void theSameNameAsALocalAdministratorDoesNotTakeOverThatAccount() throws Exception {
        UserAccount localAdmin = accounts.findByUsernameIgnoreCase("beheerder").orElseThrow();
        queueLogin("sub-indringer", Map.of("preferred_username", "beheerder", "email", "beheerder@tafelwerk.example",
                "name", "Beheerder"));
        HttpBrowser browser = new HttpBrowser();
        browser.singleSignOn();

        UserAccount created = accounts.findByOidcIssuerAndOidcSubject(issuer(), "sub-indringer").orElseThrow();
        assertThat(created.getId()).isNotEqualTo(localAdmin.getId());
        assertThat(created.getUsername()).isEqualTo("beheerder-2");
        assertThat(created.toAuthenticatedUser().role()).isEqualTo(Role.OBSERVER);
        UserAccount adminAfter = accounts.findById(localAdmin.getId()).orElseThrow();
        assertThat(adminAfter.signsInThroughSso()).isFalse();
        assertThat(adminAfter.getVersion()).isEqualTo(localAdmin.getVersion());
    }

    @Test
    void aDeactivatedAccountCannotLogInThroughTheProviderEither() throws Exception {
        queueLogin("sub-vertrokken", Map.of("preferred_username", "v.vertrokken"));
        new HttpBrowser().singleSignOn();
        UserAccount account = accounts.findByOidcIssuerAndOidcSubject(issuer(), "sub-vertrokken").orElseThrow();
        account.setActive(false);
        accounts.saveAndFlush(account);

        queueLogin("sub-vertrokken", Map.of("preferred_username", "v.vertrokken"));
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> refused = browser.singleSignOn();

        assertThat(location(refused)).endsWith("/login?sso-error");
        assertThat(location(browser.get(app("/")))).as("still not logged in").endsWith("/login");
    }

    @Test
    void roleClaimsOnALaterLoginReplaceWhatTheAccountHad() throws Exception {
        queueLogin("sub-promotie", Map.of("preferred_username", "s.stijger"));
        new HttpBrowser().singleSignOn();
        queueLogin("sub-promotie", Map.of("preferred_username", "s.stijger", "tafelwerk_role", "SECRETARIAT"));
        new HttpBrowser().singleSignOn();

        UserAccount account = accounts.findByOidcIssuerAndOidcSubject(issuer(), "sub-promotie").orElseThrow();
        assertThat(account.toAuthenticatedUser().role()).isEqualTo(Role.SECRETARIAT);
        assertThat(accounts.findAll().stream().filter(a -> a.getUsername().startsWith("s.stijger")).count())
                .as("the second login used the same account").isEqualTo(1);
    }

    private static Browser chromium(Playwright playwright) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Browser test skipped: " + CHROMIUM + " is missing");
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync")));
    }

    private static Page newPage(Browser browser) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("nl-NL"))
                .newPage();
        // The first page load after start-up can be slow on a busy build machine.
        page.setDefaultNavigationTimeout(30_000);
        return page;
    }

    private static void queueLogin(String subject, Map<String, Object> claims) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims,
                3600));
    }

    private static String issuer() {
        return PROVIDER.issuerUrl(ISSUER_ID).toString();
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "e2e-screenshots", name + ".png"))
                .setFullPage(true)
                .setAnimations(ScreenshotAnimations.DISABLED)
                .setStyle("vaadin-dev-tools, copilot-main { display: none !important; }"));
    }

    /** A cookie-keeping HTTP client that follows the redirect chain step by step, as a browser does. */
    private final class HttpBrowser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private String sessionAtLogin = "";

        /** Starts at the login link and follows the provider back to the application; the last answer. */
        HttpResponse<String> singleSignOn() throws IOException, InterruptedException {
            HttpResponse<String> response = get(app("/oauth2/authorization/oidc"));
            assertThat(location(response)).as("the application sends the browser to the provider")
                    .startsWith(PROVIDER.authorizationEndpointUrl(ISSUER_ID).toString());
            sessionAtLogin = sessionCookie();
            response = get(location(response));
            assertThat(location(response)).as("the provider sends the browser back with a code")
                    .startsWith(app("/login/oauth2/code/oidc?"));
            return get(location(response));
        }

        String sessionCookie() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse("");
        }

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
