package nl.tafelwerk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import nl.tafelwerk.HttpBrowser;
import nl.tafelwerk.TafelwerkTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The headers every response carries, checked over real HTTP. */
@TafelwerkTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void loginPageCarriesTheSecurityHeaders() throws Exception {
        assertSecurityHeaders(new HttpBrowser(port).get("/login").headers());
    }

    @Test
    void applicationPagesAndStaticFilesCarryThemToo() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        browser.login("waarnemer", "tafelwerk-demo");
        HttpResponse<String> start = browser.get("/");
        assertThat(start.statusCode()).isEqualTo(200);
        assertSecurityHeaders(start.headers());
        assertSecurityHeaders(browser.get("/styles/tafelwerk.css").headers());
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> response = new HttpBrowser(port).get("/login");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        String csp = headers.firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as(headers.map().toString()).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "form-action 'self'",
                "base-uri 'self'", "connect-src 'self'");
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElse(""))
                .contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).contains("SAMEORIGIN");
    }
}
