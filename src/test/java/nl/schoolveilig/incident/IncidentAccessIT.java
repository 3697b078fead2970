package nl.schoolveilig.incident;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.workflow.CaseTasks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may read a case through {@code GET /api/incidents/{reference}}, and what they see: the school's
 * leader and the board always, role holders only with a task on the case, auditors closed cases of
 * their own board; nobody another board's.
 */
@SharedContextTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentAccessIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks workflow;

    String reference;

    @BeforeAll
    void reportAtZonnewijzer() {
        Map<String, Object> report = Reports.report("zonnewijzer", "THREAT", "PUPIL", "EMPLOYEE");
        report.put("facts", Map.of("threatOfViolence", true, "contentOnline", true));
        reference = ReportApi.report(http, report);
        await().atMost(Duration.ofSeconds(60)).until(() -> !get("ijansen").getBody().get("tasks").isEmpty());
    }

    @Test
    void theSchoolLeaderSeesTheCaseWithSuggestionsOpenTasksAndNames() {
        JsonNode view = get("ijansen").getBody();

        assertThat(view.get("reference").asText()).isEqualTo(reference);
        assertThat(view.get("status").asText()).isEqualTo("OPEN");
        assertThat(view.at("/suggestions/severity").asText()).isEqualTo("CRITICAL");
        assertThat(view.at("/suggestions/police").asText()).isEqualTo("REQUIRED");
        assertThat(view.at("/suggestions/contentRemoval").asBoolean()).isTrue();
        JsonNode task = view.get("tasks").get(0);
        assertThat(task.get("taskKey").asText()).isEqualTo("TriageIncident");
        assertThat(task.get("candidateGroups").get(0).asText()).isEqualTo("schoolleader_zonnewijzer");
        assertThat(task.has("id")).isTrue();
        assertThat(task.has("assignee")).isTrue();
        assertThat(task.get("due").asText()).isNotEmpty();
        assertThat(view.at("/report/victim/name").asText()).isEqualTo("Victim Name");
        assertThat(view.get("namesHidden").asBoolean()).isFalse();
    }

    @Test
    void theBoardMemberSeesTheCase() {
        assertThat(get("ksmit").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theBoardMemberWithoutATaskSeesTheCaseWithoutNames() {
        JsonNode view = get("ksmit").getBody();

        assertThat(view.get("namesHidden").asBoolean()).isTrue();
        assertThat(view.at("/report/victim/name").isNull()).isTrue();
        assertThat(view.at("/report/offender/name").isNull()).isTrue();
        assertThat(view.at("/report/reporter/email").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0} has no task on the case and gets 404")
    @ValueSource(strings = {"mbakker", "tmeijer", "lmulder", "sdekker", "abos", "rvisser"})
    void roleHoldersWithoutATaskOnTheCaseDoNotSeeIt(String roleHolder) {
        assertThat(get(roleHolder).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theAuditorDoesNotReadAnOpenCase() {
        assertThat(get("jvermeulen").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theAuditorReadsAClosedCaseOfTheOwnBoardWithNamesAndTheOtherBoardsAuditorDoesNot() {
        String closed = ReportApi.report(http, Reports.report("zonnewijzer", "OTHER", "EXTERNAL", "NONE"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(closed).isEmpty());
        String triage = workflow.openTasks(closed).get(0).id();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth("ijansen", "demo").postForEntity("/api/tasks/" + triage + "/complete",
                new HttpEntity<>(Reports.json(Map.of("adviceToReporter", "Meld dit bij het platform.")), headers),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        // Closing is the engine's work after the triage was saved (a save point): a moment later.
        await().atMost(Duration.ofSeconds(30)).until(() -> http.withBasicAuth("ijansen", "demo")
                .getForObject("/api/incidents/" + closed, JsonNode.class).get("status").asText().equals("CLOSED"));

        ResponseEntity<JsonNode> auditor = http.withBasicAuth("jvermeulen", "demo")
                .getForEntity("/api/incidents/" + closed, JsonNode.class);

        assertThat(auditor.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(auditor.getBody().get("status").asText()).isEqualTo("CLOSED");
        assertThat(auditor.getBody().at("/report/victim/name").asText()).isEqualTo("Victim Name");
        assertThat(auditor.getBody().at("/report/reporter/email").asText()).isEqualTo("ouder@example.org");
        assertThat(auditor.getBody().get("steps").get(0).get("fields").findValuesAsText("text"))
                .contains("Meld dit bij het platform.");
        assertThat(status("cwillems", closed)).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aRoleHolderSeesTheCaseWithNamesOnceGivenATaskOnItAndAfterwards() {
        String withContent = ReportApi.report(http, Reports.cyberbullying("zonnewijzer"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(withContent).isEmpty());
        assertThat(status("mbakker", withContent)).isEqualTo(HttpStatus.NOT_FOUND);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        http.withBasicAuth("ijansen", "demo").postForEntity("/api/tasks/" + workflow.openTasks(withContent).get(0).id()
                + "/complete", new HttpEntity<>("{}", headers), String.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> workflow.openTasks(withContent).stream()
                .anyMatch(t -> t.taskKey().equals("RemoveContent")));

        ResponseEntity<JsonNode> digicoach = http.withBasicAuth("mbakker", "demo")
                .getForEntity("/api/incidents/" + withContent, JsonNode.class);

        assertThat(digicoach.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(digicoach.getBody().get("namesHidden").asBoolean()).isFalse();
        assertThat(digicoach.getBody().at("/report/victim/name").asText()).isEqualTo("Victim Name");
    }

    @Test
    void theLeaderOfAnotherSchoolGetsNotFound() {
        assertThat(get("pdevries").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void someoneOfAnotherBoardGetsNotFound() {
        assertThat(get("fdejong").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCaseAboutTheSchoolLeaderIsHiddenFromTheSchoolsOwnStaffButNotFromTheBoard() {
        String aboutTheLeader = ReportApi.report(http, Reports.report("zonnewijzer", "UNPROFESSIONAL_CONDUCT",
                "SCHOOL_LEADER", "PARENT"));
        await().atMost(java.time.Duration.ofSeconds(60)).until(() -> http.withBasicAuth("ksmit", "demo")
                .getForObject("/api/incidents/" + aboutTheLeader, JsonNode.class).get("tasks").size() > 0);

        assertThat(status("ijansen", aboutTheLeader)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("lmulder", aboutTheLeader)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("ksmit", aboutTheLeader)).isEqualTo(HttpStatus.OK);
        assertThat(status("mbakker", aboutTheLeader)).as("the community's digicoach, without a task").isEqualTo(HttpStatus.NOT_FOUND);
    }

    private org.springframework.http.HttpStatusCode status(String user, String reference) {
        return http.withBasicAuth(user, "demo").getForEntity("/api/incidents/" + reference, String.class).getStatusCode();
    }

    @Test
    void withoutLoginTheCaseIsNotShown() {
        assertThat(http.getForEntity("/api/incidents/" + reference, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<JsonNode> get(String username) {
        return http.withBasicAuth(username, "demo").getForEntity("/api/incidents/" + reference, JsonNode.class);
    }
}
