package nl.tafelwerk;

import nl.tafelwerk.identity.internal.SharedContextIsolation;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring test configuration: the real application with the demo data on a temporary
 * embedded MariaDB and a real web server on a random port. Every integration test uses exactly
 * this, so the context (and the database) starts once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(SharedContextIsolation.class)
public @interface TafelwerkTest {
}
