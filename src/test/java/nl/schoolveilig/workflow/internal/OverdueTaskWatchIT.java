package nl.schoolveilig.workflow.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.workflow.CaseTasks;
import nl.schoolveilig.workflow.OpenTask;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Any task past its due date is recorded on the case once and its group is reminded; the triage is left to its own timer. */
@SharedContextTest
class OverdueTaskWatchIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks workflow;
    @Autowired
    TaskService tasks;
    @Autowired
    OverdueTaskWatch watch;
    @Autowired
    GreenMail smtp;

    @Test
    void anOverdueTrackTaskIsRecordedOnceAndItsGroupIsReminded() {
        String reference = ReportApi.report(http, Reports.report("regenboog", "DEVICE_RULES", "PUPIL", "NONE"));
        OpenTask triage = await(reference, "TriageIncident");
        tasks.setDueDate(triage.id(), Date.from(Instant.now().minusSeconds(60)));
        watch.watch();
        assertThat(view(reference).get("missedDeadlines")).as("the triage has its own timer").isEmpty();
        complete("pdevries", triage.id());
        OpenTask parents = await(reference, "InformParents");
        tasks.setDueDate(parents.id(), Date.from(Instant.now().minusSeconds(60)));

        watch.watch();
        watch.watch();

        assertThat(view(reference).get("missedDeadlines").findValuesAsText("taskKey")).containsExactly("InformParents");
        assertThat(tasks.createTaskQuery().taskId(parents.id()).singleResult().getPriority())
                .isEqualTo(OverdueTaskWatch.OVERDUE_PRIORITY);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .anyMatch(m -> subject(m).equals("Termijn verstreken: " + parents.name() + " (" + reference + ")")));
    }

    private JsonNode view(String reference) {
        return http.withBasicAuth("pdevries", "demo").getForObject("/api/incidents/" + reference, JsonNode.class);
    }

    private OpenTask await(String reference, String key) {
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> workflow.openTasks(reference).stream().anyMatch(t -> t.taskKey().equals(key)));
        return workflow.openTasks(reference).stream().filter(t -> t.taskKey().equals(key)).findFirst().orElseThrow();
    }

    private void complete(String user, String taskId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        http.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + taskId + "/complete",
                new HttpEntity<>(Reports.json(Map.of()), headers), String.class);
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
