package nl.tafelwerk.shared.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Started as its own JVM by {@link CrashRestartTest}: starts the embedded database on a folder,
 * commits one row, says so on stdout and waits to be killed.
 * Arguments: data folder, binaries folder, watchdog (true/false), value to write, and optionally
 * "temporary" for a temporary instance (its own folder under the temp folder, printed first).
 */
public final class CrashedApplicationChild {

    static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    static final String DATA_DIR = "DATADIR ";

    private CrashedApplicationChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(
                new EmbeddedDbProperties(args[0], args[1], 0, "tafelwerk", args.length > 4 && "temporary".equals(args[4]),
                        Boolean.parseBoolean(args[2])));
        System.out.println(DATA_DIR + db.dataDir());
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS acknowledged (v VARCHAR(40) NOT NULL) ENGINE=InnoDB");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO acknowledged VALUES (?)")) {
                insert.setString(1, args[3]);
                insert.executeUpdate(); // autocommit: durable once this returns
            }
        }
        System.out.println(ACKNOWLEDGED);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
