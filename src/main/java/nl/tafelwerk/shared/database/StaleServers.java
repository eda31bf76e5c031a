package nl.tafelwerk.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MariaDB servers that hold a data folder: one left behind by a JVM that was killed (kill -9, a
 * crash, a power cut of the IDE) keeps the folder locked, and the next start would fail with
 * "Can't lock aria control file". Found through /proc (Linux); elsewhere there is nothing to find.
 */
final class StaleServers {

    private static final Logger log = LoggerFactory.getLogger(StaleServers.class);
    private static final Path PROC = Path.of("/proc");
    private static final long TERM_WAIT_SECONDS = 60;
    private static final long KILL_WAIT_SECONDS = 10;

    private StaleServers() {
    }

    /** Stops every MariaDB server whose --datadir is this folder: politely, then by force. */
    static void stopServersOf(Path dataDir) {
        for (ProcessHandle server : serversOf(dataDir)) {
            log.warn("A MariaDB server (pid {}) left behind by an earlier run still holds {}; stopping it",
                    server.pid(), dataDir);
            server.destroy();
            if (!waitForExit(server, TERM_WAIT_SECONDS)) {
                server.destroyForcibly();
                if (!waitForExit(server, KILL_WAIT_SECONDS)) {
                    throw new IllegalStateException("MariaDB server " + server.pid() + " still holds " + dataDir
                            + " and could not be stopped");
                }
            }
        }
    }

    /** The live MariaDB server processes started with {@code --datadir} on this folder. */
    static List<ProcessHandle> serversOf(Path dataDir) {
        if (!Files.isDirectory(PROC)) {
            return List.of();
        }
        Path wanted = sameFile(dataDir);
        long self = ProcessHandle.current().pid();
        List<ProcessHandle> found = new ArrayList<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path process : processes) {
                long pid = Long.parseLong(process.getFileName().toString());
                if (pid != self && wanted.equals(dataDirOfServer(commandLine(process)))) {
                    ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(found::add);
                }
            }
        } catch (IOException e) {
            log.warn("Could not look for MariaDB servers left behind in /proc", e);
        }
        return found;
    }

    /** The data folder of a MariaDB server's command line, or null if it is no MariaDB server. */
    static @Nullable Path dataDirOfServer(List<String> commandLine) {
        if (commandLine.isEmpty()) {
            return null;
        }
        String program = Path.of(commandLine.getFirst()).getFileName().toString();
        if (!program.equals("mariadbd") && !program.equals("mysqld")) {
            return null;
        }
        return commandLine.stream().filter(arg -> arg.startsWith("--datadir=")).findFirst()
                .map(arg -> sameFile(Path.of(arg.substring("--datadir=".length())))).orElse(null);
    }

    /**
     * A shell that waits for this JVM to end and then stops our server, so that even a JVM killed
     * with SIGKILL does not leave it running (Java cannot ask the kernel to do this: no PDEATHSIG).
     * It checks the pid is still a MariaDB server before it signals it. With {@code removeAfter} (a
     * temporary instance's folder) it also removes that folder once the server is gone, so a killed
     * test run does not leave its database behind in the temp folder (about 140 MB each).
     */
    static @Nullable Process watchdogFor(Path dataDir, @Nullable Path removeAfter) {
        Optional<ProcessHandle> server = serversOf(dataDir).stream().findFirst();
        if (server.isEmpty() || !Files.isExecutable(Path.of("/bin/sh"))) {
            return null;
        }
        String script = "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; "
                + "grep -q mariadbd \"/proc/$2/cmdline\" 2>/dev/null && kill \"$2\"; "
                + "if [ -n \"$3\" ]; then "
                + "while grep -q mariadbd \"/proc/$2/cmdline\" 2>/dev/null; do sleep 1; done; rm -rf -- \"$3\"; fi";
        try {
            return new ProcessBuilder("/bin/sh", "-c", script, "tafelwerk-db-watchdog",
                    String.valueOf(ProcessHandle.current().pid()), String.valueOf(server.get().pid()),
                    removeAfter == null ? "" : removeAfter.toAbsolutePath().toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            log.warn("No watchdog for the embedded MariaDB server; a killed JVM may leave it running", e);
            return null;
        }
    }

    private static List<String> commandLine(Path process) {
        try {
            String raw = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
            return raw.isEmpty() ? List.of() : Arrays.asList(raw.split("\0"));
        } catch (IOException | SecurityException e) {
            return List.of(); // ended meanwhile, or someone else's
        }
    }

    private static Path sameFile(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static boolean waitForExit(ProcessHandle process, long seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
