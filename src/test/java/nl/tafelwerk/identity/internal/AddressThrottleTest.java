package nl.tafelwerk.identity.internal;

import static nl.tafelwerk.HttpBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.tafelwerk.HttpBrowser;
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

    private HttpResponse<String> login(String username, String password) throws Exception {
        return new HttpBrowser(port).login(username, password);
    }
}
