package nl.tafelwerk.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Failed logins per key (a user name, a client address) within a sliding window; after too many,
 * the key is blocked for a while. Holds at most {@code capacity} keys: when a new key arrives at a
 * full table, the key not seen for the longest time is forgotten, so a flood of made-up names or
 * addresses costs bounded memory. A key under attack is seen at every attempt and so stays.
 */
final class FailureLimit {

    private final int maxFailures;
    private final Duration window;
    private final Duration blockFor;
    private final int capacity;
    private final Clock clock;
    private final LinkedHashMap<String, Failures> keys;

    private static final class Failures {
        private final ArrayDeque<Instant> recent = new ArrayDeque<>();
        private @Nullable Instant blockedUntil;
    }

    FailureLimit(int maxFailures, Duration window, Duration blockFor, int capacity, Clock clock) {
        if (maxFailures < 1 || capacity < 1) {
            throw new IllegalArgumentException("max failures and capacity must be positive");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.blockFor = blockFor;
        this.capacity = capacity;
        this.clock = clock;
        this.keys = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > FailureLimit.this.capacity;
            }
        };
    }

    synchronized boolean isBlocked(String key) {
        Failures failures = keys.get(key);
        if (failures == null || failures.blockedUntil == null) {
            return false;
        }
        if (clock.instant().isBefore(failures.blockedUntil)) {
            return true;
        }
        failures.blockedUntil = null;
        if (failures.recent.isEmpty()) {
            keys.remove(key);
        }
        return false;
    }

    synchronized void recordFailure(String key) {
        Instant now = clock.instant();
        Failures failures = keys.computeIfAbsent(key, k -> new Failures());
        failures.recent.addLast(now);
        Instant windowStart = now.minus(window);
        while (!failures.recent.isEmpty() && failures.recent.peekFirst().isBefore(windowStart)) {
            failures.recent.removeFirst();
        }
        if (failures.recent.size() >= maxFailures) {
            failures.blockedUntil = now.plus(blockFor);
            failures.recent.clear();
        }
    }

    synchronized void forget(String key) {
        keys.remove(key);
    }

    synchronized int trackedKeys() {
        return keys.size();
    }

    int capacity() {
        return capacity;
    }
}
