package nl.schoolveilig.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

import static org.awaitility.Awaitility.await;

/**
 * The application as a user runs it: the packaged jar in its own JVM, on a data directory of its own,
 * so that a test can kill it with SIGKILL and start it again on the same data.
 */
public final class AppProcess implements AutoCloseable {

    private final Path dataDir;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final int port = Processes.freePort();
    private final Path log;
    private Process process;
    private Instant startedAt;
    private int starts;
    private Duration startUp;

    public AppProcess(Path dataDir, Map<String, String> properties) {
        this.dataDir = dataDir.toAbsolutePath();
        this.log = this.dataDir.resolve("app.log");
        this.properties.put("server.port", String.valueOf(port));
        this.properties.put("schoolveilig.data-dir", this.dataDir.toString());
        this.properties.put("schoolveilig.security.password-hash-cost", "4");
        this.properties.putAll(properties);
    }

    /** The embedded default: H2 file and the in-process broker on fixed ports (the same after a restart). */
    public static AppProcess embeddedDefault(Path dataDir, int kafkaPort) {
        return new AppProcess(dataDir, Map.of("schoolveilig.kafka.embedded.port", String.valueOf(kafkaPort),
                "schoolveilig.kafka.embedded.controller-port", String.valueOf(Processes.freePort())));
    }

    /** The packaged jar, or with class data sharing the jar in its extracted layout (target/app/). */
    public static Path jar() {
        try (Stream<Path> files = Files.list(Path.of(CDS ? "target/app" : "target"))) {
            return files.filter(p -> p.getFileName().toString().matches("schoolveilig-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "No packaged jar in target/: the fault tests run after 'package' (./mvnw verify)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JVM options the application runs with here: those the README gives for a production start, and with
     * {@code -Dschoolveilig.process.cds=true} (the bench profile) the class data sharing archive that
     * {@code -Pcds} builds.
     */
    public static String jvmOptions() {
        return CDS ? JVM_OPTIONS + " -XX:SharedArchiveFile=" + Path.of("target/app/schoolveilig.jsa").toAbsolutePath()
                : JVM_OPTIONS;
    }

    private static final String JVM_OPTIONS = "-Xmx512m -XX:+UseSerialGC";
    private static final boolean CDS = Boolean.getBoolean("schoolveilig.process.cds");

    public AppProcess start() {
        List<String> command = new ArrayList<>(List.of(Processes.java()));
        command.addAll(List.of(jvmOptions().split(" ")));
        // e.g. -Dschoolveilig.fault.jvm-options=-XX:StartFlightRecording=filename=target/app-%n.jfr to profile;
        // %n is the number of this start (1 for the first, 2 after a restart)
        starts++;
        String extra = System.getProperty("schoolveilig.fault.jvm-options", "").strip().replace("%n", String.valueOf(starts));
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", jar().toString()));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(dataDir);
            startedAt = Instant.now();
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy();
        startUp = Duration.between(startedAt, Instant.now());
        return this;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed on the way out. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** SIGTERM: the graceful shutdown a service manager does. */
    public void stop() {
        process.destroy();
        waitFor(Duration.ofSeconds(60));
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** Resident memory of the application's process now, in KiB (Linux), or -1. */
    public long residentKiB() {
        try {
            return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    public Duration startUp() {
        return startUp;
    }

    public Path log() {
        return log;
    }

    /** The cases the intake reports having opened, from its log (one line per batch). */
    public long newCases() {
        try (var lines = Files.lines(log)) {
            return lines.map(NEW_CASES::matcher).filter(java.util.regex.Matcher::find)
                    .mapToLong(m -> Long.parseLong(m.group(1))).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static final java.util.regex.Pattern NEW_CASES = java.util.regex.Pattern.compile("Report events: \\d+ read, (\\d+) new cases");

    public long logLines(String needle) {
        return Processes.count(log, needle);
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            await().atMost(Duration.ofSeconds(180)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                    .failFast("The application ended at start-up", () -> !process.isAlive())
                    .until(() -> healthy(http));
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new IllegalStateException(e.getMessage() + ":\n" + Processes.tail(log, 80), e);
        }
    }

    private boolean healthy(HttpClient http) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    private void waitFor(Duration limit) {
        Processes.awaitExit(process, limit);
    }
}
