package nl.tafelwerk.identity.internal;

import nl.tafelwerk.identity.UserDirectory;
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
 * <li>Login failures of loopback and of every user are forgotten. Every test logs in from loopback and
 * the whole suite runs within one throttle window, so failed logins some tests make on purpose (a
 * blocked lid-msz in LoginTest) would otherwise block an unrelated later test.</li>
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
        application.getBean(UserDirectory.class).active()
                .forEach(user -> throttle.recordSuccess(user.username()));
    }
}
