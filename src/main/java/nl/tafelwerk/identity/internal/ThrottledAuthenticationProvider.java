package nl.tafelwerk.identity.internal;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Checks the throttle before the password, so a blocked name or address costs no hashing and reveals nothing. */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    static final String THROTTLED = "throttled";

    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        super(users);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (throttle.isBlocked(authentication.getName(), LoginThrottle.addressOf(authentication))) {
            throw new LockedException(THROTTLED);
        }
        return super.authenticate(authentication);
    }
}
