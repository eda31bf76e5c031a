package nl.tafelwerk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Vaadin client that speaks the wire protocol instead of running a browser: logs in, opens a
 * UI on a route, receives the server's push messages over the websocket and can set a field's
 * value. Lets one machine hold hundreds of live sessions (see ../shared/STACK.md).
 */
public final class ProtocolClient implements WebSocket.Listener {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern BEACON = Pattern.compile("v-r=beacon&id=([0-9a-f-]+)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private final Map<String, Integer> nodesById = new HashMap<>();
    private final StringBuilder pending = new StringBuilder();
    private volatile Consumer<String> onPush = message -> { };
    private String csrf = "";
    private int uiId;
    private String securityKey = "";
    private volatile int syncId;
    private int clientId;
    private WebSocket socket;
    private boolean requestsOverWebsocket;
    private volatile String awaitedReply;
    private volatile java.util.concurrent.CompletableFuture<Void> reply;
    private String beaconId = "";
    private final java.util.concurrent.CompletableFuture<Void> firstPush = new java.util.concurrent.CompletableFuture<>();

    public ProtocolClient(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /**
     * Sends requests over the push websocket, as a browser does when the app's push transport is
     * WEBSOCKET; by default they go as HTTP requests (transport WEBSOCKET_XHR, Vaadin's default).
     */
    void sendRequestsOverWebsocket(boolean overWebsocket) {
        this.requestsOverWebsocket = overWebsocket;
    }

    public void login(String username, String password) throws IOException, InterruptedException {
        readCsrf(get("/login"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(username) + "&password=" + enc(password)
                        + "&_csrf=" + enc(csrf))));
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Login failed for " + username);
        }
        readCsrf(get("/"));
    }

    /** Starts a UI, navigates it to {@code route} and opens the push websocket. */
    public void open(String route) throws IOException, InterruptedException {
        JsonNode init = JSON.readTree(get("/?v-r=init&location=&query=").body()).path("appConfig");
        uiId = init.path("v-uiId").asInt();
        JsonNode uidl = init.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        String pushId = uidl.path("Vaadin-Push-ID").asString();
        syncId = uidl.path("syncId").asInt();
        String navigation = "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}";
        JsonNode response = uidl(navigation);
        Matcher beacon = BEACON.matcher(response.toString());
        if (beacon.find()) {
            beaconId = beacon.group(1);
        }
        for (JsonNode change : response.path("changes")) {
            if ("id".equals(change.path("key").asString(null)) && change.has("value")) {
                nodesById.put(change.path("value").asString(), change.path("node").asInt());
            }
        }
        String pushUri = base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true";
        socket = http.newWebSocketBuilder().header("Cookie", cookieHeader()).buildAsync(URI.create(pushUri), this).join();
    }

    int node(String elementId) {
        Integer node = nodesById.get(elementId);
        if (node == null) {
            throw new IllegalStateException("No element with id " + elementId + " in the UI");
        }
        return node;
    }

    /** Types a value into the field, as the browser does on input; returns once the server answered. */
    void setValue(String elementId, String value) throws IOException, InterruptedException {
        int node = node(elementId);
        String rpc = "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":"
                + JSON.writeValueAsString(value) + "},{\"type\":\"event\",\"node\":" + node + ",\"event\":\"change\"}";
        if (requestsOverWebsocket) {
            String body = body(rpc);
            awaitedReply = "\"clientId\":" + clientId; // the server names the next client id it expects
            java.util.concurrent.CompletableFuture<Void> answered = new java.util.concurrent.CompletableFuture<>();
            reply = answered;
            socket.sendText(body.length() + "|" + body, true).join();
            try {
                answered.get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IOException("No answer over the websocket", e);
            }
            return;
        }
        uidl(rpc);
    }

    void onPush(Consumer<String> listener) {
        this.onPush = listener;
    }

    void close() {
        abandon();
        try {
            logout();
        } catch (IOException | InterruptedException e) {
            // the session ends on the server by timeout instead
        }
    }

    /** Waits until the server has taken the push connection into use (it pushes once on connect). */
    public void awaitPushConnected() throws IOException {
        try {
            firstPush.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("The server did not push on the new connection", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** What the page sends when the tab closes: the Collaboration Engine's unload beacon. */
    public void beacon() throws IOException, InterruptedException {
        if (beaconId.isEmpty()) {
            throw new IllegalStateException("The UI installed no unload beacon");
        }
        send(HttpRequest.newBuilder(uri("/?v-r=beacon&id=" + beaconId)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Logs out as the user menu does; returns the HTTP status. */
    public int logout() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/logout")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf)))).statusCode();
    }

    /** Drops the push connection without a word, as a browser that crashes or loses its network. */
    public void abandon() {
        if (socket != null) {
            socket.abort();
        }
    }

    /** The server's session id (JSESSIONID), e.g. to let a test expire exactly this session. */
    public String sessionId() {
        return cookies.getOrDefault("JSESSIONID", "");
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        pending.append(data);
        // Atmosphere frames are "<length>|<payload>"; a lone "X" is padding.
        while (true) {
            int bar = pending.indexOf("|");
            if (bar < 0) {
                break;
            }
            int length;
            try {
                length = Integer.parseInt(pending.substring(0, bar));
            } catch (NumberFormatException e) {
                pending.setLength(0);
                break;
            }
            if (pending.length() < bar + 1 + length) {
                break;
            }
            String message = pending.substring(bar + 1, bar + 1 + length);
            pending.delete(0, bar + 1 + length);
            Matcher sync = SYNC_ID.matcher(message);
            if (sync.find()) {
                syncId = Math.max(syncId, Integer.parseInt(sync.group(1)));
            }
            java.util.concurrent.CompletableFuture<Void> waiting = reply;
            if (waiting != null && message.contains(awaitedReply)) {
                reply = null;
                waiting.complete(null);
            }
            firstPush.complete(null);
            onPush.accept(message);
        }
        webSocket.request(1);
        return null;
    }

    private String body(String rpc) {
        return "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId + ",\"clientId\":"
                + clientId++ + "}";
    }

    private JsonNode uidl(String rpc) throws IOException, InterruptedException {
        String body = body(rpc);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String text = response.body().startsWith("for(;;);") ? response.body().substring(8) : response.body();
        JsonNode json = JSON.readTree(text);
        if (json.isArray()) {
            json = json.get(0);
        }
        if (json.has("syncId")) {
            syncId = Math.max(syncId, json.path("syncId").asInt());
        }
        return json;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return response;
    }

    private void readCsrf(HttpResponse<String> response) {
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
    }

    private String cookieHeader() {
        StringBuilder header = new StringBuilder();
        cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ").append(k).append('=').append(v));
        return header.toString();
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
