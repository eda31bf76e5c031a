package nl.tafelwerk.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.tafelwerk.TafelwerkTest;
import nl.tafelwerk.bench.LiveObjects;
import nl.tafelwerk.bench.ProtocolClient;
import nl.tafelwerk.bench.ServerSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 10: a server in daily use must not keep the sessions of people who left. Real HTTP
 * sessions with push (protocol-level clients) open a co-edited vraagstuk and then leave in the
 * three ways people do: closing the tab (unload beacon) and logging out, logging out, or just going
 * away until the session expires. Afterwards the server holds none of their sessions or views.
 */
@TafelwerkTest
class SessionReleaseTest {

    private static final String[] USERS = {"programmabureau", "lid-haz", "lid-msz", "lid-lz", "lid-vws", "waarnemer"};

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void sessionsAndViewsOfPeopleWhoLeftAreReleased() throws Exception {
        ServerSessions serverSessions = ServerSessions.of(context);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        LiveObjects before = LiveObjects.count();

        List<ProtocolClient> clients = new ArrayList<>();
        for (String user : USERS) {
            ProtocolClient client = new ProtocolClient(http, "http://localhost:" + port);
            client.login(user, "tafelwerk-demo");
            client.open("voorraadagenda/VS-01");
            client.awaitPushConnected();
            clients.add(client);
        }
        assertThat(LiveObjects.count().of("VraagstukView") - before.of("VraagstukView")).isEqualTo(USERS.length);

        for (int i = 0; i < clients.size(); i++) {
            ProtocolClient client = clients.get(i);
            switch (i % 3) {
                case 0 -> { // closes the tab, then logs out from another
                    client.beacon();
                    client.abandon();
                    client.logout();
                }
                case 1 -> { // logs out
                    client.abandon();
                    assertThat(client.logout()).isEqualTo(302);
                }
                default -> { // walks away; the session times out
                    client.abandon();
                    assertThat(serverSessions.expire(client.sessionId())).as("session of %s exists", USERS[i]).isTrue();
                }
            }
        }
        clients.clear();

        LiveObjects after = awaitRelease(before, Duration.ofSeconds(20));
        String dump = System.getProperty("tafelwerk.heapDumpOnLeak");
        if (dump != null && after.of("VaadinSession") > before.of("VaadinSession")) {
            LiveObjects.dumpHeap(java.nio.file.Path.of(dump));
        }
        assertThat(after.of("VaadinSession") - before.of("VaadinSession")).as("Vaadin sessions still held").isLessThanOrEqualTo(0);
        assertThat(after.of("VraagstukView") - before.of("VraagstukView")).as("vraagstuk views still held").isLessThanOrEqualTo(0);
        assertThat(after.exactly("com.vaadin.collaborationengine.TopicConnection")
                - before.exactly("com.vaadin.collaborationengine.TopicConnection")).as("engine topic connections still held")
                .isLessThanOrEqualTo(0);
    }

    @Test
    void anExpiredSessionIsReleasedAtOnceWhileItsBrowserStillHoldsThePushConnection() throws Exception {
        ServerSessions serverSessions = ServerSessions.of(context);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        LiveObjects before = LiveObjects.count();
        List<ProtocolClient> clients = new ArrayList<>();
        for (String user : USERS) {
            ProtocolClient client = new ProtocolClient(http, "http://localhost:" + port);
            client.login(user, "tafelwerk-demo");
            client.open("voorraadagenda/VS-01");
            client.awaitPushConnected();
            clients.add(client);
        }
        try {
            // A laptop that sleeps or loses its network sends no close: the server's websocket stays open.
            for (ProtocolClient client : clients) {
                assertThat(serverSessions.expire(client.sessionId())).isTrue();
            }
            LiveObjects after = awaitRelease(before, Duration.ofSeconds(10));
            String dump = System.getProperty("tafelwerk.heapDumpOnLeak");
            if (dump != null && after.of("VaadinSession") > before.of("VaadinSession")) {
                LiveObjects.dumpHeap(java.nio.file.Path.of(dump));
            }
            assertThat(after.of("VaadinSession") - before.of("VaadinSession")).as("Vaadin sessions still held").isLessThanOrEqualTo(0);
            assertThat(after.of("VraagstukView") - before.of("VraagstukView")).as("vraagstuk views still held").isLessThanOrEqualTo(0);
            assertThat(after.exactly("com.vaadin.collaborationengine.TopicConnection")
                    - before.exactly("com.vaadin.collaborationengine.TopicConnection")).as("engine topic connections still held")
                    .isLessThanOrEqualTo(0);
        } finally {
            clients.forEach(ProtocolClient::abandon);
        }
    }

    @Test
    void idleSessionsEndAfterThirtyMinutesAndHeartbeatsDoNotKeepThemAlive() throws Exception {
        HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()); // the Vaadin servlet starts on first use
        assertThat(ServerSessions.of(context).timeoutMinutes()).isEqualTo(30);
        com.vaadin.flow.server.VaadinServlet vaadin = context.getBeansOfType(
                        org.springframework.boot.web.servlet.ServletRegistrationBean.class).values().stream()
                .map(org.springframework.boot.web.servlet.ServletRegistrationBean::getServlet)
                .filter(com.vaadin.flow.server.VaadinServlet.class::isInstance)
                .map(com.vaadin.flow.server.VaadinServlet.class::cast).findFirst().orElseThrow();
        assertThat(vaadin.getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    /** Ending a session and closing its sockets finishes on the server's threads; give them a moment. */
    private static LiveObjects awaitRelease(LiveObjects before, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        LiveObjects now = LiveObjects.count();
        while (now.of("VaadinSession") > before.of("VaadinSession") && System.nanoTime() < deadline) {
            Thread.sleep(500);
            now = LiveObjects.count();
        }
        return now;
    }
}
