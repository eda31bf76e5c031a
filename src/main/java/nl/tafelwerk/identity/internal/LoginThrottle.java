package nl.tafelwerk.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, in two ways: after a number of failed logins for one user name
 * within a window, further attempts for that name are refused for a while, whether the account
 * exists or not; and after a (larger) number of failed logins from one client address, whatever
 * the names tried, that address is refused for a while. Both tables are bounded (see
 * {@link FailureLimit}). The address is the request's remote address, which is the proxy's
 * forwarded client address only where the server is configured to trust forwarded headers.
 */
@Component
public class LoginThrottle {

    private final FailureLimit byName;
    private final FailureLimit byAddress;

    @Autowired
    LoginThrottle(@Value("${tafelwerk.login.max-failures:5}") int maxFailures,
                  @Value("${tafelwerk.login.window:PT15M}") Duration window,
                  @Value("${tafelwerk.login.block-for:PT5M}") Duration blockFor,
                  @Value("${tafelwerk.login.address.max-failures:20}") int maxFailuresPerAddress,
                  @Value("${tafelwerk.login.address.block-for:PT15M}") Duration addressBlockFor,
                  @Value("${tafelwerk.login.tracked:10000}") int tracked) {
        this(new FailureLimit(maxFailures, window, blockFor, tracked, Clock.systemUTC()),
                new FailureLimit(maxFailuresPerAddress, window, addressBlockFor, tracked, Clock.systemUTC()));
    }

    LoginThrottle(FailureLimit byName, FailureLimit byAddress) {
        this.byName = byName;
        this.byAddress = byAddress;
    }

    public boolean isBlocked(String username, @Nullable String address) {
        return byName.isBlocked(nameKey(username)) || (address != null && byAddress.isBlocked(address));
    }

    public void recordFailure(String username, @Nullable String address) {
        byName.recordFailure(nameKey(username));
        if (address != null) {
            byAddress.recordFailure(address);
        }
    }

    /**
     * A successful login clears its name's failures but not its address's: one valid account must
     * not reset the count of guesses at other accounts from the same address.
     */
    public void recordSuccess(String username) {
        byName.forget(nameKey(username));
    }

    /** Lifts a block on an address at once (tests; an administrator's remedy could use it too). */
    void forgetAddress(String address) {
        byAddress.forget(address);
    }

    int trackedNames() {
        return byName.trackedKeys();
    }

    int trackedAddresses() {
        return byAddress.trackedKeys();
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        recordFailure(event.getAuthentication().getName(), addressOf(event.getAuthentication()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        recordSuccess(event.getAuthentication().getName());
    }

    static @Nullable String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private static String nameKey(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
