package nl.tafelwerk;

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

/** A browser without JavaScript for the real server: cookies, the CSRF token, the login form. No redirects followed. */
public final class HttpBrowser {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrf = "";

    public HttpBrowser(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    public HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        if (csrf.isEmpty()) {
            get("/login");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
        return client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The session cookie's value: it changes at login (fixation protection). */
    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse("");
    }

    /** Whether this browser's session needs a login: the start page redirects it to the login page. */
    public boolean isSentToLogin() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/");
        return response.statusCode() == 302 && location(response).endsWith("/login");
    }

    /** Where a redirect goes; empty when the response is none. */
    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
