package nl.tafelwerk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import nl.tafelwerk.TafelwerkTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 10: a {@code %00} in a URL is refused by Tomcat before Spring sees it, and showed Tomcat's
 * English "HTTP Status 400 – Bad Request". Sent over a real socket, as a browser would.
 */
@TafelwerkTest
class BadRequestPageTest {

    @LocalServerPort
    int port;

    @Test
    void aNulInTheAddressGetsAShortDutchPage() throws IOException {
        String response = get("/voorraadagenda/VS-01%00");
        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("Dit adres klopt niet").contains("Naar de startpagina van Tafelwerk")
                .contains("lang=\"nl\"").doesNotContain("HTTP Status 400").doesNotContain("Apache Tomcat");
    }

    private String get(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            in.transferTo(body);
            return body.toString(StandardCharsets.UTF_8);
        }
    }
}
