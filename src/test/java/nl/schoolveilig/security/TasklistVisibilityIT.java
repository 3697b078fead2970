package nl.schoolveilig.security;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.workflow.CaseTasks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What Camunda Tasklist shows a person is what the engine REST API returns for them, with
 * authorization on: a school leader sees the triage tasks of their own school and no other.
 */
@SharedContextTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistVisibilityIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks workflow;

    String zonnewijzerTask;
    String regenboogTask;

    @BeforeAll
    void reportAtTwoSchoolsOfOneBoard() {
        zonnewijzerTask = reportAndAwaitTask("zonnewijzer");
        regenboogTask = reportAndAwaitTask("regenboog");
    }

    @Test
    void theLeaderOfSchoolASeesSchoolAsTriageTaskAndNotSchoolBs() {
        List<String> visible = taskIdsVisibleTo("ijansen");

        assertThat(visible).contains(zonnewijzerTask).doesNotContain(regenboogTask);
    }

    @Test
    void theLeaderOfSchoolBSeesSchoolBsTriageTaskAndNotSchoolAs() {
        List<String> visible = taskIdsVisibleTo("pdevries");

        assertThat(visible).contains(regenboogTask).doesNotContain(zonnewijzerTask);
    }

    @Test
    void aLeaderOfAnotherBoardSeesNeither() {
        assertThat(taskIdsVisibleTo("evandijk")).doesNotContain(zonnewijzerTask, regenboogTask);
    }

    @Test
    void aLeaderCannotOpenAnotherSchoolsTaskDirectly() {
        ResponseEntity<String> response = http.withBasicAuth("pdevries", "demo")
                .getForEntity("/engine-rest/task/" + zonnewijzerTask, String.class);

        assertThat(response.getStatusCode().is2xxSuccessful()).isFalse();
    }

    @Test
    void theEngineRestApiNeedsALogin() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("ijansen", "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void tasklistIsServedToALoggedInLeader() {
        ResponseEntity<String> page = http.withBasicAuth("ijansen", "demo")
                .getForEntity("/camunda/app/tasklist/", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Tasklist");
    }

    @Test
    void cockpitIsForAdministratorsOnly() {
        assertThat(http.withBasicAuth("beheerder", "demo").getForEntity("/camunda/app/cockpit/default/", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("ijansen", "demo").getForEntity("/camunda/app/cockpit/default/", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("ijansen", "demo").getForEntity("/camunda/app/tasklist/default/", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private List<String> taskIdsVisibleTo(String username) {
        ResponseEntity<JsonNode> response = http.withBasicAuth(username, "demo")
                .exchange("/engine-rest/task?maxResults=1000", HttpMethod.GET, null, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody().findValuesAsText("id");
    }

    private String reportAndAwaitTask(String schoolId) {
        String reference = ReportApi.report(http, Reports.cyberbullying(schoolId));
        await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(reference).isEmpty());
        return workflow.openTasks(reference).get(0).id();
    }
}
