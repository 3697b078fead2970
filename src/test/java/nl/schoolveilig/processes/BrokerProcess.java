package nl.schoolveilig.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

import static org.awaitility.Awaitility.await;

/**
 * A Kafka broker in its own process, from Kafka's own server classes ({@code kafka.Kafka}, KRaft,
 * broker and controller in one, 127.0.0.1 only), so a test can kill it with SIGKILL and start it
 * again on the same log.
 */
public final class BrokerProcess implements AutoCloseable {

    private final Path dir;
    private final int port = Processes.freePort();
    private final int controllerPort = Processes.freePort();
    private Process process;

    public BrokerProcess(Path dir) {
        this.dir = dir;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public BrokerProcess start() {
        try {
            Files.createDirectories(dir);
            Path config = dir.resolve("server.properties");
            if (!Files.exists(config)) {
                Files.writeString(config, properties());
                Files.writeString(dir.resolve("logback.xml"), LOGBACK);
                run(List.of("kafka.tools.StorageTool", "format", "-t", clusterId(), "-c", config.toString()));
            }
            process = launch(List.of("kafka.Kafka", config.toString()));
            awaitReady();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the topic with the given partitions (the application's declarations then find it). */
    public void createTopic(String topic, int partitions) {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create " + topic, e);
        }
    }

    public void kill() {
        process.destroyForcibly();
        waitFor(process);
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    public Path log() {
        return dir.resolve("broker.log");
    }

    private void awaitReady() {
        // A restart after SIGKILL, on two cores busy with the application's burst, took up to a minute.
        try {
            await().atMost(Duration.ofSeconds(180)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                    .failFast("The broker ended at start-up", () -> !process.isAlive())
                    .ignoreExceptions().until(this::answers);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new IllegalStateException(e.getMessage() + ":\n" + Processes.tail(log(), 60), e);
        }
    }

    /** The broker names its nodes: it is up. */
    private boolean answers() throws Exception {
        try (Admin admin = admin()) {
            return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000));
    }

    private void run(List<String> mainAndArguments) throws IOException {
        Process format = launch(mainAndArguments);
        waitFor(format);
        if (format.exitValue() != 0) {
            throw new IllegalStateException("Formatting the broker's log failed:\n" + Processes.tail(log(), 40));
        }
    }

    private Process launch(List<String> mainAndArguments) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(Processes.java(), "-Xmx384m",
                "-Dlogback.configurationFile=" + dir.resolve("logback.xml"), "-cp", Processes.testClasspath()));
        command.addAll(mainAndArguments);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
    }

    private String properties() {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dir.resolve("log"),
                "num.partitions=4",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=4",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "message.max.bytes=2097152",
                // After a SIGKILL the restarted broker re-registers with its controller only once the old
                // registration's session has ended: 3 s instead of 9 (Kafka's default).
                "broker.session.timeout.ms=3000",
                "broker.heartbeat.interval.ms=500",
                "");
    }

    private static String clusterId() {
        return org.apache.kafka.common.Uuid.randomUuid().toString();
    }

    private static void waitFor(Process p) {
        Processes.awaitExit(p, java.time.Duration.ofSeconds(60));
    }

    private static final String LOGBACK = """
            <configuration>
              <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{30} %msg%n</pattern></encoder>
              </appender>
              <root level="WARN"><appender-ref ref="out"/></root>
              <logger name="kafka.server.KafkaRaftServer" level="INFO"/>
            </configuration>
            """;
}
