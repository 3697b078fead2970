package nl.schoolveilig.fault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolveilig.processes.AppHttp;
import nl.schoolveilig.processes.AppProcess;
import nl.schoolveilig.processes.BrokerProcess;
import nl.schoolveilig.processes.Burst;
import nl.schoolveilig.processes.EngineCounts;
import nl.schoolveilig.processes.LifecycleTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
                assertThat(AppHttp.postJson(app, "ijansen", "/api/tasks/" + task + "/complete",
                        "{\"severityDecision\":\"MEDIUM\"}").statusCode())
                        .as("completing task %s while Kafka is down", task).isEqualTo(204);
            }
            await().atMost(Duration.ofMinutes(1)).until(() -> app.logLines("Kafka did not take lifecycle event") > 0);
            broker.start();

            LifecycleTopic.readUntil(broker.bootstrapServers(), records -> LifecycleTopic.count(records, TRIAGED) >= CASES);
            await().atMost(Duration.ofMinutes(2)).until(() -> AppHttp.meter(app, "schoolveilig_outbox_backlog") == 0);
            relayed = LifecycleTopic.readUntil(broker.bootstrapServers(), records -> true);
            app.stop();
            System.out.printf("R5: %d lifecycle records read after the broker came back%n", relayed.size());
        }

        Map<String, List<String>> stored = LifecycleTopic.storedIdsPerCase(
                "jdbc:h2:file:" + dir.resolve("app/db/schoolveilig"), "sa", "");
        assertThat(LifecycleTopic.count(relayed, TRIAGED)).as("one triaged event per case, repeats aside").isEqualTo(CASES);
        assertThat(LifecycleTopic.firstReadIdsPerCase(relayed))
                .as("per case, the stored events in the order stored, each once after de-duplication by id")
                .isEqualTo(stored);
    }

    private static List<String> triageTasksOf(AppProcess app, String user) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode task : JSON.readTree(AppHttp.get(app, user, "/api/tasks").body())) {
            if ("TriageIncident".equals(task.get("taskKey").asText())) {
                ids.add(task.get("id").asText());
            }
        }
        return ids;
    }
}
