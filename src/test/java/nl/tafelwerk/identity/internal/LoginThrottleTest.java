package nl.tafelwerk.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(
            new FailureLimit(3, Duration.ofMinutes(15), Duration.ofMinutes(5), 100, clock),
            new FailureLimit(10, Duration.ofMinutes(15), Duration.ofMinutes(15), 100, clock));

    private static final String HOME = "192.0.2.10";

    @Test
    void blocksAfterRepeatedFailuresAndReleasesLater() {
        throttle.recordFailure("Voorzitter", HOME);
        throttle.recordFailure("voorzitter ", HOME);
        assertThat(throttle.isBlocked("voorzitter", HOME)).isFalse();
        throttle.recordFailure("VOORZITTER", HOME);
        assertThat(throttle.isBlocked("voorzitter", HOME)).isTrue();
        assertThat(throttle.isBlocked("programmabureau", HOME)).isFalse();

        clock.advance(Duration.ofMinutes(6));
        assertThat(throttle.isBlocked("voorzitter", HOME)).isFalse();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        throttle.recordFailure("lid-haz", HOME);
        throttle.recordFailure("lid-haz", HOME);
        clock.advance(Duration.ofMinutes(16));
        throttle.recordFailure("lid-haz", HOME);
        assertThat(throttle.isBlocked("lid-haz", HOME)).isFalse();
    }

    @Test
    void successClearsTheCount() {
        throttle.recordFailure("lid-lz", HOME);
        throttle.recordFailure("lid-lz", HOME);
        throttle.recordSuccess("lid-lz");
        throttle.recordFailure("lid-lz", HOME);
        assertThat(throttle.isBlocked("lid-lz", HOME)).isFalse();
    }

    @Test
    void manyFailuresFromOneAddressBlockThatAddressForEveryNameButNotOtherAddresses() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("geraden-" + i, "203.0.113.7"); // a different name each time
        }
        assertThat(throttle.isBlocked("voorzitter", "203.0.113.7")).isTrue();
        assertThat(throttle.isBlocked("voorzitter", HOME)).isFalse();

        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.isBlocked("voorzitter", "203.0.113.7")).isFalse();
    }

    @Test
    void aSuccessfulLoginDoesNotClearTheAddressCount() {
        for (int i = 0; i < 9; i++) {
            throttle.recordFailure("geraden-" + i, "203.0.113.8");
        }
        throttle.recordSuccess("eigen-account");
        throttle.recordFailure("nog-een", "203.0.113.8");
        assertThat(throttle.isBlocked("eigen-account", "203.0.113.8")).isTrue();
    }

    @Test
    void floodsOfNamesAndAddressesNeverGrowTheTablesPastTheirCap() {
        for (int i = 0; i < 50_000; i++) {
            throttle.recordFailure("naam-" + i, "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }
        assertThat(throttle.trackedNames()).isEqualTo(100);
        assertThat(throttle.trackedAddresses()).isEqualTo(100);
    }

    @Test
    void aNameUnderAttackStaysBlockedWhileOtherNamesFloodTheTable() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("voorzitter", "198.51.100." + i);
        }
        for (int i = 0; i < 1000; i++) {
            throttle.recordFailure("naam-" + i, "198.51.100." + (i % 250));
            if (i % 50 == 0) {
                assertThat(throttle.isBlocked("voorzitter", HOME)).isTrue(); // each attempt keeps it fresh
            }
        }
        assertThat(throttle.isBlocked("voorzitter", HOME)).isTrue();
    }

    @Test
    void expiredBlocksAreForgotten() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("lid-vws", HOME);
        }
        assertThat(throttle.trackedNames()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(6));
        assertThat(throttle.isBlocked("lid-vws", null)).isFalse();
        assertThat(throttle.trackedNames()).isZero();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
