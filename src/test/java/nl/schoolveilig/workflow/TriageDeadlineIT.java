package nl.schoolveilig.workflow;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import nl.schoolveilig.events.Topics;
import nl.schoolveilig.support.CaseProcesses;
import nl.schoolveilig.support.KafkaTestClient;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.kafka.KafkaConnectionDetails;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A critical report whose triage term (4 hours) passes: the miss is recorded on the case, announced
 * as a lifecycle event, the leaders are reminded by mail, and the board gets an escalation task that
 * disappears once the triage is done. The timer is fired through the engine instead of waiting.
 */
@SharedContextTest
class TriageDeadlineIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks workflow;
    @Autowired
    ManagementService management;
    @Autowired
    GreenMail smtp;
    @Autowired
    KafkaConnectionDetails kafkaConnection;
    @Autowired
    RuntimeService runtime;

    @Test
    void aMissedCriticalTriageIsRecordedAnnouncedAndEscalatedToTheBoard() {
        Map<String, Object> report = Reports.report("zonnewijzer", "THREAT", "PUPIL", "PUPIL");
        report.put("facts", Map.of("threatOfViolence", true));
        String reference = ReportApi.report(http, report);
        await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(reference).isEmpty());
        OpenTask triage = workflow.openTasks(reference).get(0);
        assertThat(Duration.between(triage.created(), triage.due()))
                .isBetween(Duration.ofHours(4).minusSeconds(10), Duration.ofHours(4));

        management.executeJob(deadlineTimer(reference).getId());

        JsonNode view = http.withBasicAuth("ijansen", "demo").getForObject("/api/incidents/" + reference, JsonNode.class);
        assertThat(view.at("/missedDeadlines/0/taskKey").asText()).isEqualTo("TriageIncident");
        assertThat(view.get("tasks").findValuesAsText("taskKey")).containsExactlyInAnyOrder("TriageIncident", "EscalateTriage");
        JsonNode boardWork = http.withBasicAuth("ksmit", "demo").getForObject("/api/tasks", JsonNode.class);
        assertThat(boardWork.findValuesAsText("reference")).contains(reference);
        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> {
            try {
                return m.getSubject().equals("Termijn verstreken: Beoordeel de melding (triage) (" + reference + ")")
                        && Arrays.toString(m.getAllRecipients()).contains("ijansen@demo.schoolveilig.nl");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }));
        try (KafkaTestClient kafka = new KafkaTestClient(String.join(",", kafkaConnection.getBootstrapServers()))) {
            kafka.awaitRecord(Topics.LIFECYCLE, r -> reference.equals(r.key())
                    && new String(r.value()).contains("nl.schoolveilig.deadline.missed.v1"), Duration.ofSeconds(60));
        }

        complete("ijansen", triage.id());

        assertThat(workflow.openTasks(reference)).as("the triage ends the escalation")
                .extracting(OpenTask::taskKey).doesNotContain("TriageIncident", "EscalateTriage").isNotEmpty();
    }

    private Job deadlineTimer(String reference) {
        return CaseProcesses.job(runtime, management, reference, "TriageDeadlinePassed");
    }

    private void complete(String user, String taskId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + taskId + "/complete",
                new HttpEntity<>("{}", headers), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }
}
