package nl.tafelwerk.identity.internal;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Audit finding: guessing from one client address is throttled even when every attempt tries a
 * different user name (which the per-name limit never sees twice). Over real HTTP, so the address
 * is the one the server sees.
 */
@TafelwerkTest
class AddressThrottleTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String[] LOOPBACK = {"127.0.0.1", "0:0:0:0:0:0:0:1"};

    @LocalServerPort
    int port;
    @Autowired
    LoginThrottle throttle;

    @BeforeEach
    @AfterEach
    void liftBlocksOnThisMachine() {
        for (String address : LOOPBACK) {
            throttle.forgetAddress(address); // other tests log in from here too
        }
    }

    @Test
    void manyNamesGuessedFromOneAddressBlockThatAddressEvenForARightPassword() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(location(login("geraden-naam-" + i, "geraden"))).endsWith("/login?error");
        }
        assertThat(location(login("lid-vws", "tafelwerk-demo"))).as("right password from a blocked address")
                .endsWith("/login?error");

        liftBlocksOnThisMachine();
        assertThat(location(login("lid-vws", "tafelwerk-demo"))).doesNotContain("error");
    }

    private HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        String token = csrf.find() ? csrf.group(1) : "";
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token);
        return client.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
