package nl.tafelwerk.collaboration.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How notifications go out by e-mail (README, configuration). Whether mail is on at all is decided by
 * Spring Boot: only with {@code spring.mail.host} set is there a mail sender.
 */
@Component
class MailSettings {

    private final String from;
    private final String baseUrl;
    private final int maxAttempts;
    private final Duration retryDelay;

    MailSettings(@Value("${tafelwerk.mail.from:tafelwerk@localhost}") String from,
                 @Value("${tafelwerk.base-url:http://localhost:8080}") String baseUrl,
                 @Value("${tafelwerk.mail.max-attempts:8}") int maxAttempts,
                 @Value("${tafelwerk.mail.retry-delay:PT1M}") Duration retryDelay) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("tafelwerk.mail.max-attempts must be at least 1, was " + maxAttempts);
        }
        if (retryDelay.isNegative() || retryDelay.isZero()) {
            throw new IllegalArgumentException("tafelwerk.mail.retry-delay must be positive, was " + retryDelay);
        }
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.maxAttempts = maxAttempts;
        this.retryDelay = retryDelay;
    }

    String from() {
        return from;
    }

    /** The address of a route in the app as a reader's mail program opens it. */
    String urlOf(String link) {
        return baseUrl + "/" + (link.startsWith("/") ? link.substring(1) : link);
    }

    int maxAttempts() {
        return maxAttempts;
    }

    Duration retryDelay() {
        return retryDelay;
    }
}
