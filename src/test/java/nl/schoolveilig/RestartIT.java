package nl.schoolveilig;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.workflow.CaseTasks;
import nl.schoolveilig.workflow.OpenTask;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default keeps its work: a case and its open triage task are still there after the
 * application is stopped and started again on the same data directory (H2 file and Kafka log).
 */
@Tag("own-jvm")
class RestartIT {

    @Test
    void aCaseAndItsOpenTaskSurviveARestart() throws IOException {
        Path dataDir = Files.createTempDirectory("schoolveilig-restart");
        String[] arguments = {"--server.port=0", "--schoolveilig.data-dir=" + dataDir,
                "--schoolveilig.kafka.embedded.port=" + freePort(),
                "--schoolveilig.kafka.embedded.controller-port=" + freePort()};

        String reference;
        OpenTask taskBefore;
        try (ConfigurableApplicationContext app = start(arguments)) {
            reference = ReportApi.report(client(app), Reports.cyberbullying("regenboog"));
            CaseTasks workflow = app.getBean(CaseTasks.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(reference).isEmpty());
            taskBefore = workflow.openTasks(reference).get(0);
        }

        try (ConfigurableApplicationContext app = start(arguments)) {
            List<OpenTask> tasksAfter = app.getBean(CaseTasks.class).openTasks(reference);
            assertThat(tasksAfter).containsExactly(taskBefore);
            JsonNode view = client(app).withBasicAuth("pdevries", "demo")
                    .getForObject("/api/incidents/" + reference, JsonNode.class);
            assertThat(view.get("reference").asText()).isEqualTo(reference);
            assertThat(view.at("/suggestions/severity").asText()).isEqualTo("MEDIUM");
            assertThat(view.at("/tasks/0/id").asText()).isEqualTo(taskBefore.id());
        }
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        return new SpringApplicationBuilder(SchoolveiligApplication.class).run(arguments);
    }

    private static TestRestTemplate client(ConfigurableApplicationContext app) {
        TestRestTemplate client = new TestRestTemplate();
        client.setUriTemplateHandler(new org.springframework.web.util.DefaultUriBuilderFactory(
                "http://localhost:" + app.getEnvironment().getProperty("local.server.port")));
        return client;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
