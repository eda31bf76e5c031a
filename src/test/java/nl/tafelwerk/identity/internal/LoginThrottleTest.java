package nl.tafelwerk.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), Duration.ofMinutes(5), clock);

    @Test
    void blocksAfterRepeatedFailuresAndReleasesLater() {
        throttle.recordFailure("Voorzitter");
        throttle.recordFailure("voorzitter ");
        assertThat(throttle.isBlocked("voorzitter")).isFalse();
        throttle.recordFailure("VOORZITTER");
        assertThat(throttle.isBlocked("voorzitter")).isTrue();
        assertThat(throttle.isBlocked("programmabureau")).isFalse();

        clock.advance(Duration.ofMinutes(6));
        assertThat(throttle.isBlocked("voorzitter")).isFalse();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        throttle.recordFailure("lid-haz");
        throttle.recordFailure("lid-haz");
        clock.advance(Duration.ofMinutes(16));
        throttle.recordFailure("lid-haz");
        assertThat(throttle.isBlocked("lid-haz")).isFalse();
    }

    @Test
    void successClearsTheCount() {
        throttle.recordFailure("lid-lz");
        throttle.recordFailure("lid-lz");
        throttle.recordSuccess("lid-lz");
        throttle.recordFailure("lid-lz");
        assertThat(throttle.isBlocked("lid-lz")).isFalse();
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
