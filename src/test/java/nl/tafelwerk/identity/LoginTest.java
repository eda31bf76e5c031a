package nl.tafelwerk.identity;

import static nl.tafelwerk.HttpBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.tafelwerk.HttpBrowser;
import nl.tafelwerk.TafelwerkTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Logs in over HTTP exactly as the browser's login form does. */
@TafelwerkTest
class LoginTest {


    @LocalServerPort
    int port;

    @Test
    void demoUserLogsInAndGetsANewSession() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        browser.get("/login");
        String sessionBefore = browser.sessionCookie();
        HttpResponse<String> response = browser.login("voorzitter", "tafelwerk-demo");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(browser.sessionCookie()).as("session id changes at login (fixation protection)").isNotEqualTo(sessionBefore);
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() throws Exception {
        HttpResponse<String> wrongPassword = new HttpBrowser(port).login("lid-haz", "fout-wachtwoord");
        HttpResponse<String> unknownUser = new HttpBrowser(port).login("bestaat-niet", "fout-wachtwoord");
        assertThat(wrongPassword.statusCode()).isEqualTo(302);
        assertThat(location(wrongPassword)).endsWith("/login?error");
        assertThat(location(unknownUser)).isEqualTo(location(wrongPassword));
    }

    @Test
    void repeatedFailuresBlockTheNameForAWhileEvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(location(new HttpBrowser(port).login("lid-msz", "geraden-" + i))).endsWith("/login?error");
        }
        HttpResponse<String> rightPasswordTooLate = new HttpBrowser(port).login("lid-msz", "tafelwerk-demo");
        assertThat(location(rightPasswordTooLate)).endsWith("/login?error");
        assertThat(location(new HttpBrowser(port).login("lid-lz", "tafelwerk-demo"))).doesNotContain("error");
    }

    @Test
    void loginPageIsDutch() throws Exception {
        String page = new HttpBrowser(port).get("/login").body();
        assertThat(page).contains("lang=\"nl");
    }

    @Test
    void singleSignOnIsOffWhenNoProviderIsConfigured() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        HttpResponse<String> start = browser.get("/oauth2/authorization/oidc");
        assertThat(location(start)).as("no OAuth2 endpoint: the address just needs a login")
                .isEqualTo("http://localhost:" + port + "/login");
        HttpResponse<String> callback = browser.get("/login/oauth2/code/oidc?code=x&state=y");
        assertThat(location(callback)).isEqualTo("http://localhost:" + port + "/login");
    }

}
