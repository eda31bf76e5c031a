package nl.tafelwerk.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded database.
 *
 * @param dataDir      folder that holds the database files (kept across restarts)
 * @param baseDir      folder where the MariaDB binaries are unpacked
 * @param port         TCP port, or 0 for any free port
 * @param databaseName schema the application uses
 * @param temporary    use a fresh folder that is removed on shutdown (tests)
 */
@ConfigurationProperties("tafelwerk.embedded-db")
public record EmbeddedDbProperties(String dataDir, String baseDir, int port, String databaseName, boolean temporary) {
}
