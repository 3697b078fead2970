package nl.schoolveilig.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the separate processes of the fault tests share: the java binary, the classpath, free ports, logs. */
public final class Processes {

    private Processes() {
    }

    public static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The test JVM's own classpath: Kafka's server classes are on it (the in-process broker needs them). */
    public static String testClasspath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String tail(Path log, int lines) {
        try {
            if (!Files.exists(log)) {
                return "(no log at " + log + ")";
            }
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    public static long count(Path log, String needle) {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(needle)).count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /** Waits for the process to end, killing it when it has not after {@code limit}. */
    public static void awaitExit(Process process, java.time.Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Lets a fault last this long (the broker or the database away): a length of time the test chooses, not a
     * wait for something to happen, which is Awaitility's job everywhere else.
     */
    public static void letTheFaultLast(java.time.Duration outage) {
        try {
            Thread.sleep(outage.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
