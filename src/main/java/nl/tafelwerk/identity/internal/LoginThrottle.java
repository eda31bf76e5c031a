package nl.tafelwerk.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a number of failed logins for one user name within a
 * window, further attempts for that name are refused for a while, whether the account exists or not.
 */
@Component
public class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Duration blockFor;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(@Value("${tafelwerk.login.max-failures:5}") int maxFailures,
                  @Value("${tafelwerk.login.window:PT15M}") Duration window,
                  @Value("${tafelwerk.login.block-for:PT5M}") Duration blockFor) {
        this(maxFailures, window, blockFor, Clock.systemUTC());
    }

    LoginThrottle(int maxFailures, Duration window, Duration blockFor, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.blockFor = blockFor;
        this.clock = clock;
    }

    public boolean isBlocked(String username) {
        Instant until = blockedUntil.get(key(username));
        return until != null && clock.instant().isBefore(until);
    }

    public void recordFailure(String username) {
        String key = key(username);
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(now);
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
                recent.removeFirst();
            }
            if (recent.size() >= maxFailures) {
                blockedUntil.put(key, now.plus(blockFor));
                recent.clear();
            }
        }
    }

    public void recordSuccess(String username) {
        failures.remove(key(username));
        blockedUntil.remove(key(username));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        recordFailure(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getName());
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
