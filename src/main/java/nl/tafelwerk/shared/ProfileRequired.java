package nl.tafelwerk.shared;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start without a chosen profile. The demo profile brings accounts with a published
 * password (also an administrator), so it must never be what a jar falls back to; and without a
 * profile there is no database to use either. {@code mvn spring-boot:run} chooses demo explicitly.
 */
public class ProfileRequired implements EnvironmentPostProcessor {

    static final String MESSAGE = """
            Tafelwerk starts only with a chosen Spring profile:
              --spring.profiles.active=demo     embedded database with demo accounts and data (trying it out on your own machine;
                                                the demo accounts share a published password)
              --spring.profiles.active=mariadb  a real MariaDB server, no demo data, one administrator (see README, docker-compose.yml)
            or set SPRING_PROFILES_ACTIVE. 'mvn spring-boot:run' chooses demo for you.""";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getActiveProfiles().length == 0) {
            throw new IllegalStateException(MESSAGE);
        }
    }
}
