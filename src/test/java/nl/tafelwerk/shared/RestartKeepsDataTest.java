package nl.tafelwerk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stops the whole application and starts it again on the same data folder: what was saved is still there. */
class RestartKeepsDataTest {

    private RestartableApplication application;

    @AfterEach
    void removeData() throws IOException {
        RestartableApplication.cleanUp(application);
    }

    @Test
    void usersAndCommentsSurviveARestart() throws IOException {
        application = RestartableApplication.inNewFolder("restart-test-");
        TopicId thread = TopicId.of("table-profile");

        try (ConfigurableApplicationContext first = application.start()) {
            RestartableApplication.actAs(first, "beheerder");
            first.getBean(UserService.class).create(new NewUser("herstart-test", "Herstart Test", Role.OBSERVER, null,
                    "een-goed-wachtwoord"));
            RestartableApplication.actAs(first, "voorzitter");
            first.getBean(CommentService.class).post(thread, "Deze opmerking moet een herstart overleven.");
            VraagstukService agenda = first.getBean(VraagstukService.class);
            Vraagstuk vs02 = agenda.find("VS-02").orElseThrow();
            agenda.update("VS-02", vs02.toDraft().withTitle("Aansluiting op Mitz (na herstart nog zo)"));
        }
        SecurityContextHolder.clearContext();

        try (ConfigurableApplicationContext second = application.start()) {
            assertThat(second.getBean(UserDirectory.class).findActive("herstart-test")).isPresent();
            assertThat(second.getBean(nl.tafelwerk.shared.database.EmbeddedMariaDb.class).jdbcUrl()).isNotBlank();
            RestartableApplication.actAs(second, "waarnemer");
            assertThat(second.getBean(VraagstukService.class).find("VS-02").orElseThrow().title())
                    .isEqualTo("Aansluiting op Mitz (na herstart nog zo)");
            assertThat(application.dataDir().resolve("mariadb")).as("the database lived in the test's own folder").isNotEmptyDirectory();
            assertThat(second.getBean(CommentService.class).thread(thread)).extracting(Comment::text)
                    .contains("Deze opmerking moet een herstart overleven.");
        }
    }
}
