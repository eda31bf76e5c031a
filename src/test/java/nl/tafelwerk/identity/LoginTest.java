package nl.tafelwerk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.tafelwerk.TafelwerkTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Logs in over HTTP exactly as the browser's login form does. */
@TafelwerkTest
class LoginTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void demoUserLogsInAndGetsANewSession() throws Exception {
        Browser browser = new Browser();
        browser.get("/login");
        String sessionBefore = browser.sessionCookie();
        HttpResponse<String> response = browser.login("voorzitter", "tafelwerk-demo");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(browser.sessionCookie()).as("session id changes at login (fixation protection)").isNotEqualTo(sessionBefore);
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() throws Exception {
        HttpResponse<String> wrongPassword = new Browser().login("lid-haz", "fout-wachtwoord");
        HttpResponse<String> unknownUser = new Browser().login("bestaat-niet", "fout-wachtwoord");
        assertThat(wrongPassword.statusCode()).isEqualTo(302);
        assertThat(location(wrongPassword)).endsWith("/login?error");
        assertThat(location(unknownUser)).isEqualTo(location(wrongPassword));
    }

    @Test
    void repeatedFailuresBlockTheNameForAWhileEvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(location(new Browser().login("lid-msz", "geraden-" + i))).endsWith("/login?error");
        }
        HttpResponse<String> rightPasswordTooLate = new Browser().login("lid-msz", "tafelwerk-demo");
        assertThat(location(rightPasswordTooLate)).endsWith("/login?error");
        assertThat(location(new Browser().login("lid-lz", "tafelwerk-demo"))).doesNotContain("error");
    }

    @Test
    void loginPageIsDutch() throws Exception {
        String page = new Browser().get("/login").body();
        assertThat(page).contains("lang=\"nl");
    }

    @Test
    void singleSignOnIsOffWhenNoProviderIsConfigured() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> start = browser.get("/oauth2/authorization/oidc");
        assertThat(location(start)).as("no OAuth2 endpoint: the address just needs a login")
                .isEqualTo("http://localhost:" + port + "/login");
        HttpResponse<String> callback = browser.get("/login/oauth2/code/oidc?code=x&state=y");
        assertThat(location(callback)).isEqualTo("http://localhost:" + port + "/login");
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private final class Browser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private String csrf = "";

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return response;
        }

        HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
            if (csrf.isEmpty()) {
                get("/login");
            }
            String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
            return client.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String sessionCookie() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse("");
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
