package nl.schoolveilig;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.workflow.CaseTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What operations reads: the meters on /actuator/prometheus (administrators only) and the health of each part. */
@SharedContextTest
class OperationsIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks tasks;

    @Test
    void theMetersCountReportsPerChannelAndShowTheBacklogs() {
        String reference = ReportApi.report(http, Reports.cyberbullying("zonnewijzer"));
        http.withBasicAuth("integratie", "demo").postForEntity("/api/incidents", Map.of(), String.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> !tasks.openTasks(reference).isEmpty());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(scrape())
                .containsPattern("schoolveilig_reports_accepted_total\\{.*channel=\"API\".*outcome=\"new\".*} [1-9]")
                .containsPattern("schoolveilig_reports_rejected_total\\{.*channel=\"API\".*reason=\"invalid-report\".*} [1-9]")
                .containsPattern("schoolveilig_tasks_open\\{.*board=\"noorderkim\".*} [1-9]")
                .containsPattern("schoolveilig_tasks_overdue\\{.*board=\"noorderkim\".*} \\d")
                .containsPattern("schoolveilig_case_starts_queued\\{.*} \\d")
                .containsPattern("schoolveilig_outbox_backlog\\{.*} \\d")
                .containsPattern("schoolveilig_mail_backlog\\{.*} \\d")
                .containsPattern("schoolveilig_jobs_executable\\{.*} \\d")
                .containsPattern("schoolveilig_jobs_failed\\{.*} \\d")
                .contains("kafka_consumer_fetch_manager_records_lag_max"));
    }

    @Test
    void onlyAdministratorsReadTheMeters() {
        assertThat(http.withBasicAuth("ijansen", "demo").getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getBody())
                .as("the login page, not the meters").doesNotContain("# HELP").contains("login");
    }

    @Test
    void healthNamesTheDatabaseKafkaAndTheEngineForAdministratorsAndOnlyTheStatusForOthers() {
        JsonNode health = http.withBasicAuth("beheerder", "demo").getForObject("/actuator/health", JsonNode.class);
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/kafka/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/kafka/details/brokers").asInt()).isEqualTo(1);
        assertThat(health.at("/components/processEngine/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/jobExecutor/status").asText()).isEqualTo("UP");

        JsonNode anonymous = http.getForObject("/actuator/health", JsonNode.class);
        assertThat(anonymous.get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).isFalse();
    }

    private String scrape() {
        ResponseEntity<String> response = http.withBasicAuth("beheerder", "demo").getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
