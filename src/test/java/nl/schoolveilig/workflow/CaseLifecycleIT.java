package nl.schoolveilig.workflow;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import nl.schoolveilig.support.CaseProcesses;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.support.TaskApi;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A cyberbullying video of a pupil, still online, taken from the report through the REST API and the
 * task API to a closed case: who got which task, and what the reporter heard.
 */
@SharedContextTest
class CaseLifecycleIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks workflow;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    GreenMail smtp;

    @Test
    void aCyberbullyingCaseRunsThroughItsTracksToAClosedCase() throws Exception {
        Map<String, Object> report = Reports.cyberbullying("regenboog");
        report.put("reporter", Map.of("role", "PARENT", "email", "ouder.regenboog@example.org", "anonymous", false));
        String reference = ReportApi.report(http, report);

        String triage = awaitTask(reference, "TriageIncident", "pdevries");
        complete("pdevries", triage, Map.of());

        String parentsOfOffender = awaitTask(reference, "InformParents", "pdevries");
        assertThat(keysOfOpenTasks(reference)).containsExactlyInAnyOrder("InformParents", "InformParents",
                "TalkWithVictim", "RemoveContent");
        assertThat(taskKeysVisibleTo("mbakker", reference)).as("the community's digicoach").containsExactly("RemoveContent");
        assertThat(completeExpecting("mbakker", task(reference, "RemoveContent"), Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        complete("mbakker", task(reference, "RemoveContent"), Map.of("contentReportedOn", "2026-11-22",
                "removalResult", "REMOVED"));
        for (String parents : tasks(reference, "InformParents")) {
            complete("pdevries", parents, Map.of("parentsInformedHow", "CONVERSATION", "parentsInformedOn", "2026-11-23",
                    "parentsNote", "Afspraken over telefoongebruik gemaakt."));
        }
        assertThat(parentsOfOffender).isNotNull();
        complete("pdevries", task(reference, "TalkWithVictim"), Map.of("victimConversationOn", "2026-11-23",
                "confidentialAdvisorOffered", "YES", "victimConversationNote", "Leerling voelt zich gesteund."));

        management.executeJob(CaseProcesses.job(runtime, management, reference, "AftercareDue").getId());
        complete("pdevries", awaitTask(reference, "CheckAftercare", "pdevries"),
                Map.of("aftercareNote", "Het gaat goed.", "aftercareFollowUpNeeded", "NO"));

        String sanction = awaitTask(reference, "DecideSanction", "pdevries");
        JsonNode suggested = http.withBasicAuth("pdevries", "demo").getForObject("/api/incidents/" + reference, JsonNode.class);
        assertThat(suggested.get("status").asText()).isEqualTo("OPEN");
        complete("pdevries", sanction, Map.of("measureNote", "Gesprek gevoerd met de leerling."));

        String close = awaitTask(reference, "CloseCase", "pdevries");
        complete("pdevries", close, Map.of("closingSummary", "Filmpje verwijderd, ouders gesproken, nazorg gedaan."));

        // Recording the closing is the engine's work after the owner's submit (a save point).
        await().atMost(Duration.ofSeconds(30)).until(() -> http.withBasicAuth("pdevries", "demo")
                .getForObject("/api/incidents/" + reference, JsonNode.class).get("status").asText().equals("CLOSED"));
        JsonNode view = http.withBasicAuth("pdevries", "demo").getForObject("/api/incidents/" + reference, JsonNode.class);
        assertThat(view.get("status").asText()).isEqualTo("CLOSED");
        assertThat(view.at("/closing/reason").asText()).isEqualTo("COMPLETED");
        assertThat(view.get("tasks")).isEmpty();
        MimeMessage closed = await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).equals("Uw melding is afgehandeld (" + reference + ")")).findFirst().orElse(null),
                m -> m != null);
        assertThat(GreenMailUtil.getBody(closed)).contains(reference).doesNotContain("Filmpje verwijderd");
    }

    @Test
    void aDataBreachIsAssessedRegisteredAndNotifiedToTheAuthorityWithin72Hours() {
        Map<String, Object> report = Reports.report("zonnewijzer", "DATA_BREACH", "EMPLOYEE", "PUPIL");
        report.put("facts", Map.of("personalDataExposed", true));
        String reference = ReportApi.report(http, report);
        complete("ijansen", awaitTask(reference, "TriageIncident", "ijansen"), Map.of(
                "informParentsDecision", false, "informParentsMotivation", "Ouders zijn al door de leerkracht gebeld.",
                "victimCareDecision", false, "victimCareMotivation", "Geen schade voor de leerling."));

        String assess = awaitTask(reference, "AssessBreach", "rvisser");
        assertThat(taskKeysVisibleTo("ijansen", reference)).doesNotContain("AssessBreach");
        String assessPage = http.withBasicAuth("rvisser", "demo").getForObject("/werk/taken/" + assess, String.class);
        assertThat(assessPage).as("the outcome is a choice, nothing chosen yet")
                .contains("type=\"radio\"", "name=\"breachConfirmed\"", "Is het een datalek?").doesNotContain("checked");
        complete("rvisser", assess, Map.of("breachConfirmed", "YES",
                "breachDescription", "Cijferlijst van groep 8 naar een verkeerde ouder gestuurd.",
                "breachMeasures", "Ontvanger gevraagd te verwijderen; werkwijze aangepast.",
                "breachReportable", "YES", "breachHighRisk", "NO"));

        String notify = awaitTask(reference, "NotifyAuthority", "rvisser");
        assertThat(http.withBasicAuth("rvisser", "demo").getForObject("/werk/taken/" + notify, String.class))
                .contains("type=\"date\"", "name=\"authorityNotifiedOn\"");
        assertThat(completeExpecting("rvisser", notify, Map.of("authorityNotifiedOn", "23-11-2026",
                "authorityReference", "AP-1")).getBody())
                .as("a date is a real date").contains("authorityNotifiedOn", "Vul een datum in.");
        JsonNode incident = http.withBasicAuth("rvisser", "demo").getForObject("/api/incidents/" + reference, JsonNode.class);
        java.time.Instant reportedAt = java.time.Instant.parse(incident.get("reportedAt").asText());
        OpenTask notifyTask = workflow.openTasks(reference).stream().filter(t -> t.id().equals(notify)).findFirst().orElseThrow();
        assertThat(Duration.between(reportedAt, notifyTask.due()).minus(Duration.ofHours(72)).abs())
                .isLessThan(Duration.ofMillis(2));
        assertThat(registerPage("rvisser")).contains(reference).contains("nog niet gemeld").contains("tot de 72-uursgrens");
        assertThat(registerPage("rvisser", "?notified=open")).contains(reference);
        assertThat(registerPage("rvisser", "?school=regenboog")).doesNotContain(reference);
        assertThat(http.withBasicAuth("rvisser", "demo").getForObject("/privacy/datalekken/export?notified=open",
                String.class)).contains("72-uursgrens").contains(reference).contains("tot de 72-uursgrens");
        assertThat(registerPage("ksmit")).contains(reference);
        assertThat(registerPage("pdevries")).doesNotContain(reference).contains("alleen voor de AVG-coördinator");
        assertThat(registerPage("dbrouwer")).as("another board's privacy officer").doesNotContain(reference);

        complete("rvisser", notify, Map.of("authorityNotifiedOn", "2026-11-23", "authorityReference", "AP-2026-4711"));

        // The register is written by the engine's step after the person's (a save point): a moment later.
        await().atMost(Duration.ofSeconds(30)).until(() -> registerPage("rvisser").contains("AP-2026-4711"));
        assertThat(registerPage("rvisser")).contains("AP-2026-4711").contains("op tijd gemeld");
        assertThat(registerPage("rvisser", "?notified=open")).doesNotContain(reference);
        JsonNode recorded = http.withBasicAuth("rvisser", "demo").getForObject("/api/incidents/" + reference, JsonNode.class);
        JsonNode notified = recorded.get("steps").findParents("taskKey").stream()
                .filter(step -> step.get("taskKey").asText().equals("NotifyAuthority")).findFirst().orElseThrow();
        assertThat(notified.get("completedBy").asText()).isEqualTo("rvisser");
        assertThat(notified.get("fields").findValuesAsText("text")).contains("23-11-2026", "AP-2026-4711");
        awaitTask(reference, "DecideSanction", "ijansen");
    }

    @Test
    void aSecondCaseOfTheSameOffenderAtTheBoardRaisesTheSuggestedMeasure() {
        String name = "Pupil " + java.util.UUID.randomUUID();
        String first = reportWithOffender("zonnewijzer", name);
        String second = reportWithOffender("regenboog", " " + name.toUpperCase() + " ");

        assertThat(sanctionSuggestedFor(first)).isEqualTo("TALK");
        assertThat(sanctionSuggestedFor(second)).as("same board, same offender").isEqualTo("AGREEMENTS_WITH_PARENTS");
    }

    private String reportWithOffender(String school, String offenderName) {
        Map<String, Object> report = Reports.report(school, "DEVICE_RULES", "PUPIL", "NONE");
        report.put("offender", Map.of("role", "PUPIL", "name", offenderName));
        report.put("facts", Map.of());
        String reference = ReportApi.report(http, report);
        await().atMost(Duration.ofSeconds(60)).until(() -> keysOfOpenTasks(reference).contains("TriageIncident"));
        return reference;
    }

    private String sanctionSuggestedFor(String reference) {
        String leader = workflow.openTasks(reference).get(0).candidateGroups().get(0);
        String user = leader.endsWith("zonnewijzer") ? "ijansen" : "pdevries";
        complete(user, task(reference, "TriageIncident"), Map.of("informParentsDecision", false,
                "informParentsMotivation", "Afgehandeld in de klas."));
        await().atMost(Duration.ofSeconds(60)).until(() -> keysOfOpenTasks(reference).contains("DecideSanction"));
        return (String) CaseProcesses.variable(runtime, reference, "suggestedMeasure");
    }

    private String registerPage(String user) {
        return registerPage(user, "");
    }

    private String registerPage(String user, String query) {
        return http.withBasicAuth(user, "demo").getForObject("/privacy/datalekken" + query, String.class);
    }

    private String awaitTask(String reference, String key, String user) {
        await().atMost(Duration.ofSeconds(60)).until(() -> keysOfOpenTasks(reference).contains(key));
        assertThat(taskKeysVisibleTo(user, reference)).contains(key);
        return task(reference, key);
    }

    private List<String> keysOfOpenTasks(String reference) {
        return workflow.openTasks(reference).stream().map(OpenTask::taskKey).toList();
    }

    private String task(String reference, String key) {
        return tasks(reference, key).get(0);
    }

    private List<String> tasks(String reference, String key) {
        return workflow.openTasks(reference).stream().filter(t -> t.taskKey().equals(key)).map(OpenTask::id).toList();
    }

    private List<String> taskKeysVisibleTo(String user, String reference) {
        JsonNode work = http.withBasicAuth(user, "demo").getForObject("/api/tasks", JsonNode.class);
        return java.util.stream.StreamSupport.stream(work.spliterator(), false)
                .filter(t -> reference.equals(t.get("reference").asText())).map(t -> t.get("taskKey").asText()).toList();
    }

    private void complete(String user, String taskId, Map<String, Object> fields) {
        ResponseEntity<String> response = completeExpecting(user, taskId, fields);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private ResponseEntity<String> completeExpecting(String user, String taskId, Map<String, Object> fields) {
        return TaskApi.complete(http, user, taskId, fields);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
