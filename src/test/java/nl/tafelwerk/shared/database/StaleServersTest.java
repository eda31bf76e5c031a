package nl.tafelwerk.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only a MariaDB server on exactly our data folder is taken for one left behind. */
class StaleServersTest {

    @Test
    void recognisesTheServerOfAFolderAlsoWhenHandedOverAsSlashDotTmp() {
        assertThat(StaleServers.dataDirOfServer(List.of("/opt/base/bin/mariadbd", "--no-defaults",
                "--datadir=/./tmp/checkout/data/mariadb", "--port=3307")))
                .isEqualTo(Path.of("/tmp/checkout/data/mariadb"));
        assertThat(StaleServers.dataDirOfServer(List.of("mysqld", "--datadir=/srv/db"))).isEqualTo(Path.of("/srv/db"));
    }

    @Test
    void otherProgramsAndServersWithoutADataFolderAreNotOurs() {
        assertThat(StaleServers.dataDirOfServer(List.of("/usr/bin/vim", "--datadir=/srv/db"))).isNull();
        assertThat(StaleServers.dataDirOfServer(List.of("/opt/base/bin/mariadbd", "--no-defaults"))).isNull();
        assertThat(StaleServers.dataDirOfServer(List.of())).isNull();
    }
}
