package nl.schoolveilig.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.workflow.CaseTasks;
import nl.schoolveilig.workflow.OpenTask;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What a task holder can do through Camunda's own REST API ({@code /engine-rest}, the API Tasklist
 * uses too): see the task, claim and give it back, complete it through the checked path. Each hole
 * the review found is reproduced with its exact request and must now be refused, and the case keeps
 * its school, board, owner and policy whatever was tried.
 * Concrete classes run it on H2 (the shared context) and on PostgreSQL.
 */
public abstract class EngineLockdownContract {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks workflow;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;

    @Test
    void aSchoolLeaderCannotMoveACaseToTheOtherBoardThroughTheTaskVariables() {
        Case c = cyberbullyingAtZonnewijzer();

        ResponseEntity<String> modified = post("ijansen", "/engine-rest/task/" + c.triageTask + "/variables",
                Map.of("modifications", Map.of("schoolId", value("vlinderbos"), "boardId", value("kempenhorst"))));
        ResponseEntity<String> owner = put("ijansen", "/engine-rest/task/" + c.triageTask + "/variables/caseOwnerGroup",
                value("schoolleader_vlinderbos"));
        ResponseEntity<String> local = put("ijansen", "/engine-rest/task/" + c.triageTask + "/localVariables/schoolId",
                value("vlinderbos"));

        assertThat(modified.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(owner.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(local.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        completeTriageThroughOurApi(c, Map.of("victimCareDecision", true, "victimCareMotivation", "Het slachtoffer is erg van slag."));
        assertThat(groupsOfOpenTasks(c.reference)).contains("schoolleader_zonnewijzer")
                .allSatisfy(group -> assertThat(group).doesNotContain("vlinderbos", "kempenhorst"));
    }

    @Test
    void aSchoolLeaderCannotShareATaskWithTheOtherBoard() {
        Case c = cyberbullyingAtZonnewijzer();

        ResponseEntity<String> candidate = post("ijansen", "/engine-rest/task/" + c.triageTask + "/identity-links",
                Map.of("groupId", "schoolleader_vlinderbos", "type", "candidate"));
        ResponseEntity<String> assignee = post("ijansen", "/engine-rest/task/" + c.triageTask + "/assignee",
                Map.of("userId", "evandijk"));
        ResponseEntity<String> delegated = post("ijansen", "/engine-rest/task/" + c.triageTask + "/delegate",
                Map.of("userId", "evandijk"));
        ResponseEntity<String> claimedForSomeoneElse = post("ijansen", "/engine-rest/task/" + c.triageTask + "/claim",
                Map.of("userId", "evandijk"));
        ResponseEntity<String> completedByTheOtherBoard = post("evandijk", "/engine-rest/task/" + c.triageTask + "/complete",
                Map.of("variables", Map.of("schoolInvolvedDecision", value(false))));

        assertThat(candidate.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(assignee.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(delegated.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(claimedForSomeoneElse.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(completedByTheOtherBoard.getStatusCode().is2xxSuccessful()).isFalse();
        OpenTask triage = workflow.openTasks(c.reference).get(0);
        assertThat(triage.id()).isEqualTo(c.triageTask);
        assertThat(triage.candidateGroups()).containsExactly("schoolleader_zonnewijzer");
        assertThat(triage.assignee()).isNull();
        assertThat(incident("ijansen", c.reference).get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void completingThroughTheEngineRestApiIsCheckedLikeTheForm() {
        Case c = cyberbullyingAtZonnewijzer();
        assertThat(post("ijansen", "/engine-rest/task/" + c.triageTask + "/claim", Map.of("userId", "ijansen"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<JsonNode> tampered = http.withBasicAuth("ijansen", "demo").exchange(
                "/engine-rest/task/" + c.triageTask + "/complete", HttpMethod.POST, json(Map.of("variables", Map.of(
                        "severityDecision", value("LOW"), "suggestedSeverity", value("LOW"),
                        "suggestedContentRemoval", value(false), "contentRemovalDecision", value(false),
                        "caseOwnerGroup", value("camunda-admin")))), JsonNode.class);

        ResponseEntity<JsonNode> withoutMotivation = http.withBasicAuth("ijansen", "demo").exchange(
                "/engine-rest/task/" + c.triageTask + "/complete", HttpMethod.POST, json(Map.of("variables", Map.of(
                        "severityDecision", value("LOW"), "contentRemovalDecision", value(false)))), JsonNode.class);

        assertThat(tampered.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tampered.getBody().get("message").asText())
                .contains("Het formulier is niet verzonden")
                .contains("caseOwnerGroup: Dit veld hoort niet bij deze taak", "suggestedSeverity: Dit veld hoort niet",
                        "suggestedContentRemoval: Dit veld hoort niet");
        assertThat(withoutMotivation.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withoutMotivation.getBody().get("message").asText())
                .contains("severityMotivation: Vul dit veld in.", "contentRemovalMotivation: Vul dit veld in.");
        assertThat(workflow.openTasks(c.reference)).extracting(OpenTask::id).containsExactly(c.triageTask);
        JsonNode view = incident("ijansen", c.reference);
        assertThat(view.at("/suggestions/severity").asText()).isEqualTo("MEDIUM");
        assertThat(view.at("/suggestions/contentRemoval").asBoolean()).isTrue();
        assertThat(view.get("decisions")).isEmpty();
        assertThat(view.get("steps")).isEmpty();
    }

    @Test
    void tasklistsSubmitFormIsCheckedLikeTheForm() {
        Case c = cyberbullyingAtZonnewijzer();
        post("ijansen", "/engine-rest/task/" + c.triageTask + "/claim", Map.of("userId", "ijansen"));

        ResponseEntity<JsonNode> tampered = http.withBasicAuth("ijansen", "demo").exchange(
                "/engine-rest/task/" + c.triageTask + "/submit-form", HttpMethod.POST, json(Map.of("variables", Map.of(
                        "severityDecision", value("MEDIUM"), "triageDue", value("2099-01-01T00:00:00.000+0000", "Date")))),
                JsonNode.class);

        assertThat(tampered.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tampered.getBody().get("message").asText()).contains("triageDue");
        assertThat(workflow.openTasks(c.reference)).extracting(OpenTask::id).containsExactly(c.triageTask);
    }

    @Test
    void aTaskIsCompletedOnlyByWhoeverHoldsIt() {
        Case c = cyberbullyingAtZonnewijzer();

        ResponseEntity<JsonNode> unclaimed = post("ijansen", "/engine-rest/task/" + c.triageTask + "/complete",
                Map.of("variables", Map.of()), JsonNode.class);
        post("ijansen", "/engine-rest/task/" + c.triageTask + "/claim", Map.of("userId", "ijansen"));
        ResponseEntity<JsonNode> byAColleague = post("fkok", "/engine-rest/task/" + c.triageTask + "/complete",
                Map.of("variables", Map.of()), JsonNode.class);
        ResponseEntity<JsonNode> releasedByAColleague = post("fkok", "/engine-rest/task/" + c.triageTask + "/unclaim",
                Map.of(), JsonNode.class);

        assertThat(unclaimed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unclaimed.getBody().get("message").asText()).contains("Pak de taak eerst op");
        assertThat(byAColleague.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(byAColleague.getBody().get("message").asText()).contains("opgepakt door ijansen");
        assertThat(releasedByAColleague.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(workflow.openTasks(c.reference).get(0).assignee()).isEqualTo("ijansen");
    }

    @Test
    void theHolderClaimsReleasesAndCompletesThroughTheEngineRestApiAndTheStepIsRecordedOnTheCase() {
        Case c = cyberbullyingAtZonnewijzer();

        assertThat(post("ijansen", "/engine-rest/task/" + c.triageTask + "/claim", Map.of("userId", "ijansen"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("ijansen", "/engine-rest/task/" + c.triageTask + "/unclaim", Map.of())
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("ijansen", "/engine-rest/task/" + c.triageTask + "/claim", Map.of("userId", "ijansen"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> completed = post("ijansen", "/engine-rest/task/" + c.triageTask + "/complete",
                Map.of("variables", Map.of("severityDecision", value("HIGH"),
                        "severityMotivation", value("Het filmpje is al 2000 keer gedeeld."))));

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode view = incident("ijansen", c.reference);
        JsonNode step = view.get("steps").get(0);
        assertThat(step.get("taskKey").asText()).isEqualTo("TriageIncident");
        assertThat(step.get("completedBy").asText()).isEqualTo("ijansen");
        assertThat(step.get("fields").findValuesAsText("key")).contains("severityDecision", "severityMotivation");
        assertThat(view.get("decisions").findValues("question").stream().map(JsonNode::asText)).contains("severity");
        JsonNode severity = view.get("decisions").get(0);
        assertThat(severity.get("suggested").asText()).isEqualTo("MEDIUM");
        assertThat(severity.get("decided").asText()).isEqualTo("HIGH");
        assertThat(severity.get("overridden").asBoolean()).isTrue();
    }

    @Test
    void objectVariablesOfAnyClassAreRefused() {
        Case c = cyberbullyingAtZonnewijzer();
        post("ijansen", "/engine-rest/task/" + c.triageTask + "/claim", Map.of("userId", "ijansen"));

        ResponseEntity<JsonNode> file = post("ijansen", "/engine-rest/task/" + c.triageTask + "/complete",
                Map.of("variables", Map.of("severityMotivation", Map.of("type", "Object", "value", "\"/etc/passwd\"",
                        "valueInfo", Map.of("objectTypeName", "java.io.File",
                                "serializationDataFormat", "application/json")))), JsonNode.class);

        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(file.getBody().get("message").asText()).contains("severityMotivation: Vul hier tekst in.");
        assertThat(workflow.openTasks(c.reference)).extracting(OpenTask::id).containsExactly(c.triageTask);
    }

    @Test
    void messagesSignalsErrorsAndCommentsAreForTheEngineAdministratorOnly() {
        Case ours = cyberbullyingAtZonnewijzer();
        String otherBoards = ReportApi.report(http, Reports.cyberbullying("vlinderbos"));

        ResponseEntity<String> existing = post("ijansen", "/engine-rest/message",
                Map.of("messageName", "incident-withdrawn", "businessKey", otherBoards));
        ResponseEntity<String> missing = post("ijansen", "/engine-rest/message",
                Map.of("messageName", "incident-withdrawn", "businessKey", "INC-1999-000001"));
        ResponseEntity<String> signal = post("ijansen", "/engine-rest/signal", Map.of("name", "anything"));
        ResponseEntity<String> error = post("ijansen", "/engine-rest/task/" + ours.triageTask + "/bpmnError",
                Map.of("errorCode", "stop"));
        ResponseEntity<String> comment = post("ijansen", "/engine-rest/task/" + ours.triageTask + "/comment/create",
                Map.of("message", "<script>alert(1)</script>"));

        assertThat(List.of(existing, missing, signal, error, comment))
                .allSatisfy(r -> assertThat(r.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThat(existing.getBody()).doesNotContain(otherBoards);
        assertThat(incident("ijansen", ours.reference).get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void evenWithAGrantTooManyTheEngineKeepsVariablesForTheCheckedCompletion() {
        Case c = cyberbullyingAtZonnewijzer();
        Authorization tooMuch = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        tooMuch.setUserId("ijansen");
        tooMuch.setResource(Resources.TASK);
        tooMuch.setResourceId(c.triageTask);
        tooMuch.addPermission(TaskPermissions.UPDATE_VARIABLE);
        authorizations.saveAuthorization(tooMuch);
        try {
            identity.setAuthentication("ijansen", List.of("schoolleader_zonnewijzer"));
            LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("nl"));
            assertThatThrownBy(() -> tasks.setVariable(c.triageTask, "caseOwnerGroup", "camunda-admin"))
                    .hasMessageContaining("alleen vastgelegd door een taak te voltooien").hasMessageContaining("caseOwnerGroup");
        } finally {
            identity.clearAuthentication();
            LocaleContextHolder.resetLocaleContext();
            authorizations.deleteAuthorization(tooMuch.getId());
        }
        assertThat(tasks.getVariable(c.triageTask, "caseOwnerGroup")).isNull();
    }

    @Test
    void evenWhatTheAdministratorChangesInTheEngineDoesNotMoveTheCase() {
        Case c = cyberbullyingAtZonnewijzer();
        String processInstance = processInstanceOf(c.triageTask);

        ResponseEntity<String> changed = post("beheerder", "/engine-rest/process-instance/" + processInstance + "/variables",
                Map.of("modifications", Map.of("schoolId", value("vlinderbos"), "boardId", value("kempenhorst"),
                        "caseOwnerGroup", value("schoolleader_vlinderbos"), "triageCandidateGroup", value("schoolleader_vlinderbos"),
                        "sanctionGroup", value("schoolleader_vlinderbos"))));
        completeTriageThroughOurApi(c, Map.of("victimCareDecision", true, "victimCareMotivation", "Zorg nodig.",
                "policeDecision", "ADVISED", "policeMotivation", "Smaad: de ouders willen aangifte overwegen."));

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(groupsOfOpenTasks(c.reference)).contains("schoolleader_zonnewijzer", "digicoach_noorderkimwest")
                .noneMatch(group -> group.contains("vlinderbos") || group.contains("kempenhorst"));
        assertThat(incident("ijansen", c.reference).get("boardId").asText()).isEqualTo("noorderkim");
    }

    private void completeTriageThroughOurApi(Case c, Map<String, Object> fields) {
        ResponseEntity<String> done = post("ijansen", "/api/tasks/" + c.triageTask + "/complete", fields);
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(30)).until(() -> !workflow.openTasks(c.reference).isEmpty());
    }

    private List<String> groupsOfOpenTasks(String reference) {
        return workflow.openTasks(reference).stream().flatMap(t -> t.candidateGroups().stream()).toList();
    }

    private String processInstanceOf(String taskId) {
        return http.withBasicAuth("beheerder", "demo").getForObject("/engine-rest/task/" + taskId, JsonNode.class)
                .get("processInstanceId").asText();
    }

    private JsonNode incident(String user, String reference) {
        return http.withBasicAuth(user, "demo").getForObject("/api/incidents/" + reference, JsonNode.class);
    }

    private Case cyberbullyingAtZonnewijzer() {
        String reference = ReportApi.report(http, Reports.cyberbullying("zonnewijzer"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(reference).isEmpty());
        return new Case(reference, workflow.openTasks(reference).get(0).id());
    }

    private record Case(String reference, String triageTask) {
    }

    static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }

    static Map<String, Object> value(Object value, String type) {
        return Map.of("value", value, "type", type);
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        return post(user, path, body, String.class);
    }

    private <T> ResponseEntity<T> post(String user, String path, Object body, Class<T> type) {
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, json(body), type);
    }

    private ResponseEntity<String> put(String user, String path, Object body) {
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.PUT, json(body), String.class);
    }

    private static HttpEntity<String> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(Reports.json(body), headers);
    }
}
