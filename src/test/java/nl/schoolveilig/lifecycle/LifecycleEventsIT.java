package nl.schoolveilig.lifecycle;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolveilig.events.Topics;
import nl.schoolveilig.support.KafkaTestClient;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.workflow.CaseTasks;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.kafka.KafkaConnectionDetails;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A case's lifecycle reaches {@code school-incidents.lifecycle.v1} as CloudEvents, in order, keyed
 * by the reference, each with an id that stays the same (it is the outbox row's).
 */
@SharedContextTest
class LifecycleEventsIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks workflow;
    @Autowired
    KafkaConnectionDetails kafkaConnection;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void openedAssignedTriagedAndClosedArePublishedInOrderWithTheOutboxIds() throws Exception {
        String reference = ReportApi.report(http, Reports.report("klimop", "OTHER", "EXTERNAL", "NONE"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(reference).isEmpty());
        String taskId = workflow.openTasks(reference).get(0).id();
        complete(taskId, Map.of("schoolInvolvedDecision", false, "schoolInvolvedMotivation", "Buiten school.",
                "adviceToReporter", "Blokkeer de afzender."));

        List<ConsumerRecord<String, byte[]>> records;
        try (KafkaTestClient kafka = new KafkaTestClient(String.join(",", kafkaConnection.getBootstrapServers()))) {
            records = kafka.awaitRecords(Topics.LIFECYCLE, r -> reference.equals(r.key()), 5, Duration.ofSeconds(60));
        }

        List<JsonNode> events = records.stream().map(this::json).toList();
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(
                "nl.schoolveilig.incident.opened.v1", "nl.schoolveilig.task.assigned.v1",
                "nl.schoolveilig.task.assigned.v1", "nl.schoolveilig.incident.triaged.v1",
                "nl.schoolveilig.incident.closed.v1");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("specversion").asText()).isEqualTo("1.0");
            assertThat(e.get("subject").asText()).isEqualTo(reference);
            assertThat(e.get("source").asText()).isEqualTo("urn:schoolveilig");
        });
        assertThat(KafkaTestClient.header(records.get(0), "content-type")).isEqualTo("application/cloudevents+json");
        assertThat(events.get(0).at("/data/schoolId").asText()).isEqualTo("klimop");
        assertThat(events.get(1).at("/data/candidateGroups/0").asText()).isEqualTo("schoolleader_klimop");
        assertThat(events.get(2).at("/data/assignee").asText()).isEqualTo("bhendriks");
        assertThat(events.get(3).at("/data/triagedBy").asText()).isEqualTo("bhendriks");
        assertThat(events.get(4).at("/data/reason").asText()).isEqualTo("NOT_INVOLVED");
        assertThat(events.toString()).doesNotContain("Offender Name", "Victim Name", "Reporter Name");
        List<String> outboxIds = jdbc.queryForList(
                "select cast(id as varchar(36)) from outbox_event where subject = ? order by seq", String.class, reference);
        assertThat(events).extracting(e -> e.get("id").asText()).containsExactlyElementsOf(outboxIds);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from outbox_event where subject = ? and published_at is null", Integer.class, reference) == 0);
    }

    private void complete(String taskId, Map<String, Object> fields) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth("bhendriks", "demo").postForEntity("/api/tasks/" + taskId + "/complete",
                new HttpEntity<>(Reports.json(fields), headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return objectMapper.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
