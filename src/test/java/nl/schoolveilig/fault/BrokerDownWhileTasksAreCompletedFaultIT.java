package nl.schoolveilig.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolveilig.events.Topics;
import nl.schoolveilig.processes.AppProcess;
import nl.schoolveilig.processes.BrokerProcess;
import nl.schoolveilig.processes.Burst;
import nl.schoolveilig.processes.EngineCounts;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R5: the Kafka broker is down (killed with SIGKILL) while a leader completes the triage of twenty cases.
 * The completions succeed; once the broker is back, every lifecycle event the cases produced is on the
 * topic, per case in the order it happened, each with the id it was stored with — so a consumer that
 * drops repeats of an id it has seen reads each event once.
 */
@Tag("fault")
class BrokerDownWhileTasksAreCompletedFaultIT {

    private static final int CASES = 20;
    private static final String TRIAGED = "nl.schoolveilig.incident.triaged.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void lifecycleEventsOfTasksCompletedWhileKafkaWasDownArriveAfterwardsPerCaseInOrderWithTheirIds() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target/fault")), "r5-").toAbsolutePath();
        List<ConsumerRecord<String, byte[]>> relayed;
        try (BrokerProcess broker = new BrokerProcess(dir.resolve("broker")).start();
                AppProcess app = new AppProcess(dir.resolve("app"),
                        Map.of("spring.kafka.bootstrap-servers", broker.bootstrapServers())).start()) {
            new Burst(broker.bootstrapServers(), List.of("zonnewijzer")).send(CASES);
            assertThat(new EngineCounts(app.baseUrl()).awaitTriageTasks(CASES, app, Duration.ofSeconds(60),
                    Duration.ofMinutes(5))).isEqualTo(CASES);
            List<String> triageTasks = triageTasksOf(app, "ijansen");
            assertThat(triageTasks).hasSize(CASES);

            broker.kill();
            for (String task : triageTasks) {
                assertThat(post(app, "ijansen", "/api/tasks/" + task + "/complete", "{\"severityDecision\":\"MEDIUM\"}"))
                        .as("completing task %s while Kafka is down", task).isEqualTo(204);
            }
            await().atMost(Duration.ofMinutes(1)).until(() -> app.logLines("Kafka did not take lifecycle event") > 0);
            broker.start();

            relayed = readUntil(broker.bootstrapServers(), records -> count(records, TRIAGED) >= CASES);
            await().atMost(Duration.ofMinutes(2)).until(() -> outboxBacklog(app) == 0);
            relayed = readUntil(broker.bootstrapServers(), records -> true);
            app.stop();
            System.out.printf("R5: %d lifecycle records read after the broker came back%n", relayed.size());
        }

        Map<String, List<String>> stored = storedIdsPerCase(dir.resolve("app"));
        Map<String, List<String>> read = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ConsumerRecord<String, byte[]> record : relayed) {
            JsonNode event = JSON.readTree(record.value());
            assertThat(record.key()).isEqualTo(event.get("subject").asText());
            if (seen.add(event.get("id").asText())) {
                read.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event.get("id").asText());
            }
        }
        assertThat(count(relayed, TRIAGED)).as("one triaged event per case, repeats aside").isGreaterThanOrEqualTo(CASES);
        assertThat(read).as("per case, the stored events in the order stored, each once after de-duplication by id")
                .isEqualTo(stored);
    }

    private List<String> triageTasksOf(AppProcess app, String user) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        for (JsonNode task : JSON.readTree(get(app, user, "/api/tasks"))) {
            if ("TriageIncident".equals(task.get("taskKey").asText())) {
                ids.add(task.get("id").asText());
            }
        }
        return ids;
    }

    /** Reads the lifecycle topic from its start until the condition holds for what was read and nothing more comes. */
    private static List<ConsumerRecord<String, byte[]>> readUntil(String bootstrapServers,
            java.util.function.Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "r5-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.LIFECYCLE));
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            int emptyPolls = 0;
            while (System.nanoTime() < deadline) {
                int before = records.size();
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                emptyPolls = records.size() == before && !consumer.assignment().isEmpty() ? emptyPolls + 1 : 0;
                if (emptyPolls >= 6 && done.test(records)) {
                    return records;
                }
            }
            throw new AssertionError("The lifecycle topic did not reach the expected state; read " + records.size());
        }
    }

    private static long count(List<ConsumerRecord<String, byte[]>> records, String type) {
        return records.stream().filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains("\"" + type + "\""))
                .map(r -> {
                    try {
                        return JSON.readTree(r.value()).get("id").asText();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).distinct().count();
    }

    /** The outbox as the application stored it: per case, its events' ids in the order they happened. */
    private static Map<String, List<String>> storedIdsPerCase(Path dataDir) throws SQLException {
        Map<String, List<String>> stored = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(
                "jdbc:h2:file:" + dataDir.resolve("db/schoolveilig"), "sa", "");
                ResultSet rows = db.createStatement().executeQuery(
                        "select subject, id, published_at from outbox_event order by seq")) {
            while (rows.next()) {
                assertThat(rows.getTimestamp(3)).as("event %s published", rows.getString(2)).isNotNull();
                stored.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return stored;
    }

    private long outboxBacklog(AppProcess app) throws IOException, InterruptedException {
        for (String line : get(app, "beheerder", "/actuator/prometheus").split("\n")) {
            if (line.startsWith("schoolveilig_outbox_backlog")) {
                return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("No schoolveilig_outbox_backlog on /actuator/prometheus");
    }

    private String get(AppProcess app, String user, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(app, user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }

    private int post(AppProcess app, String user, String path, String json) throws IOException, InterruptedException {
        return http.send(request(app, user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static HttpRequest.Builder request(AppProcess app, String user, String path) {
        return HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
}
