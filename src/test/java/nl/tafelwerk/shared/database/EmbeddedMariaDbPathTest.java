package nl.tafelwerk.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A checkout under the system temp folder must not lose its database at every start. */
class EmbeddedMariaDbPathTest {

    private static final String TEMP = new File(System.getProperty("java.io.tmpdir")).getAbsolutePath();

    @Test
    void persistentFolderUnderTheTempFolderIsNotTakenForScratch() {
        File handed = EmbeddedMariaDb.dataDirForMariaDb4j(Path.of(TEMP, "checkout", "data", "mariadb"), false);
        assertThat(handed.getAbsolutePath()).doesNotStartWith(TEMP);
        assertThat(handed.toPath().normalize()).isEqualTo(Path.of(TEMP, "checkout", "data", "mariadb"));
    }

    @Test
    void temporaryAndOtherFoldersAreHandedOverAsTheyAre() {
        Path scratch = Path.of(TEMP, "tafelwerk-mariadb-1");
        assertThat(EmbeddedMariaDb.dataDirForMariaDb4j(scratch, true)).isEqualTo(scratch.toFile());
        Path elsewhere = Path.of("/srv/tafelwerk/mariadb");
        assertThat(EmbeddedMariaDb.dataDirForMariaDb4j(elsewhere, false)).isEqualTo(elsewhere.toFile());
    }
}
