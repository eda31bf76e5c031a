package nl.tafelwerk.shared;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start without a chosen profile. The demo profile brings accounts with a published
 * password (also an administrator), so it must never be what a jar falls back to; and without a
 * profile there is no database to use either. {@code mvn spring-boot:run} chooses demo explicitly.
 */
public class ProfileRequired implements EnvironmentPostProcessor {

    static final String DESCRIPTION = "Tafelwerk starts only with a chosen Spring profile, and none was chosen.";
    static final String ACTION = """
            Choose one with --spring.profiles.active=... or SPRING_PROFILES_ACTIVE:
              demo     embedded database with demo accounts and data, for trying Tafelwerk out on your own machine
                       (the demo accounts share a published password)
              mariadb  a real MariaDB server, no demo data, one administrator (see README, docker-compose.yml)
            'mvn spring-boot:run' chooses demo for you.""";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getActiveProfiles().length == 0) {
            throw new NoProfileChosen();
        }
    }

    static final class NoProfileChosen extends IllegalStateException {
        NoProfileChosen() {
            super(DESCRIPTION + "\n" + ACTION);
        }
    }

    /** Shows the refusal as Spring Boot's "APPLICATION FAILED TO START" report instead of a stack trace. */
    static final class Analyzer extends AbstractFailureAnalyzer<NoProfileChosen> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, NoProfileChosen cause) {
            return new FailureAnalysis(DESCRIPTION, ACTION, cause);
        }
    }
}
