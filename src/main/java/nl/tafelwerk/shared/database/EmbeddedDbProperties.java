package nl.tafelwerk.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded database.
 *
 * @param dataDir             folder that holds the database files and the generated password (kept across restarts)
 * @param baseDir             folder where the MariaDB binaries are unpacked
 * @param port                TCP port on 127.0.0.1, or 0 for any free port
 * @param databaseName        schema the application uses
 * @param temporary           use a fresh folder that is removed on shutdown (tests)
 * @param stopWithApplication a watchdog stops the server when this JVM dies, even by kill -9
 */
@ConfigurationProperties("tafelwerk.embedded-db")
public record EmbeddedDbProperties(String dataDir, String baseDir, int port, String databaseName, boolean temporary,
                                   @DefaultValue("true") boolean stopWithApplication) {
}
