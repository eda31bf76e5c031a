package nl.tafelwerk.identity.internal;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Keeps what one test leaves in the JVM from deciding another test's outcome, before each test of the
 * shared context:
 * <ul>
 * <li>The security context holder strategy is the one of this test's application context. Vaadin
 * installs its own strategy JVM-wide when a context starts; after the single sign-on test's context
 * (the only other one) the holder kept that context's strategy, so a test that set its user through
 * {@link SecurityContextHolder} wrote where the shared context's method security did not look.</li>
 * <li>Loopback's login failures are forgotten. Every test logs in from loopback and the whole suite runs
 * within one throttle window, so failed logins some tests make on purpose would otherwise add up
 * until the per-address throttle blocks an unrelated later test.</li>
 * </ul>
 */
public final class SharedContextIsolation implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        SecurityContextHolderStrategy strategy = application.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfUnique();
        if (strategy != null && SecurityContextHolder.getContextHolderStrategy() != strategy) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
        LoginThrottle throttle = application.getBean(LoginThrottle.class);
        for (String loopback : new String[] {"127.0.0.1", "0:0:0:0:0:0:0:1"}) {
            throttle.forgetAddress(loopback);
        }
    }
}
