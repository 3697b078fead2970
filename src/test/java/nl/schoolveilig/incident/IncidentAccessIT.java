package nl.schoolveilig.incident;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Who may read a case through {@code GET /api/incidents/{reference}}, and what they see. */
@SharedContextTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentAccessIT {

    @Autowired
    TestRestTemplate http;

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
    void theCommunitysDigicoachWithoutATaskSeesTheCaseWithoutNames() {
        JsonNode view = get("mbakker").getBody();

        assertThat(view.get("namesHidden").asBoolean()).isTrue();
        assertThat(view.at("/report/victim/name").isNull()).isTrue();
        assertThat(view.at("/report/offender/name").isNull()).isTrue();
        assertThat(view.at("/report/reporter/email").isNull()).isTrue();
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
        assertThat(status("mbakker", aboutTheLeader)).as("the community's digicoach").isEqualTo(HttpStatus.OK);
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
