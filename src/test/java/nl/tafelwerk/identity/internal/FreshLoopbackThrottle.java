package nl.tafelwerk.identity.internal;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every test logs in from loopback, and the whole suite runs within one throttle window: without
 * this, the failed logins that some tests make on purpose would add up until the per-address
 * throttle blocks an unrelated later test. Each test starts with loopback's failures forgotten.
 */
public final class FreshLoopbackThrottle implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        LoginThrottle throttle = SpringExtension.getApplicationContext(context).getBean(LoginThrottle.class);
        for (String loopback : new String[] {"127.0.0.1", "0:0:0:0:0:0:0:1"}) {
            throttle.forgetAddress(loopback);
        }
    }
}
