package nl.schoolveilig.tasks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.workflow.CaseTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code /api/tasks}: a leader's work, claiming, and completing the triage with the form's rules. */
@SharedContextTest
class TaskApiIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks workflow;

    @Test
    void aLeaderSeesTheTriageTaskOfTheirSchoolInTheirWorkAndAnotherLeaderDoesNot() {
        Case c = report("zonnewijzer", "CYBERBULLYING", "PUPIL", "PUPIL");

        JsonNode mine = get("ijansen", "/api/tasks");
        JsonNode theirs = get("pdevries", "/api/tasks");

        assertThat(mine.findValuesAsText("id")).contains(c.taskId);
        JsonNode task = find(mine, c.taskId);
        assertThat(task.get("reference").asText()).isEqualTo(c.reference);
        assertThat(task.get("schoolId").asText()).isEqualTo("zonnewijzer");
        assertThat(task.get("taskKey").asText()).isEqualTo("TriageIncident");
        assertThat(theirs.findValuesAsText("id")).doesNotContain(c.taskId);
    }

    @Test
    void aTaskNamesItsCaseInBriefForItsHolderAndForNobodyElse() {
        Case c = report("zonnewijzer", "CYBERBULLYING", "PUPIL", "PUPIL");

        JsonNode brief = get("ijansen", "/api/tasks/" + c.taskId + "/case");

        assertThat(brief.get("reference").asText()).isEqualTo(c.reference);
        assertThat(brief.get("school").asText()).isEqualTo("Basisschool De Zonnewijzer");
        assertThat(brief.get("category").asText()).isEqualTo("CYBERBULLYING");
        assertThat(brief.get("categoryLabel").asText()).isEqualTo("Cyberpesten");
        assertThat(brief.get("summary").asText()).isNotBlank();
        assertThat(brief.get("href").asText()).isEqualTo("/zaken/" + c.reference);
        assertThat(http.withBasicAuth("pdevries", "demo").getForEntity("/api/tasks/" + c.taskId + "/case", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aTaskClaimedByOneLeaderIsAConflictForTheOtherUntilUnclaimed() {
        Case c = report("zonnewijzer", "CYBERBULLYING", "PUPIL", "PUPIL");

        ResponseEntity<JsonNode> claimed = post("ijansen", "/api/tasks/" + c.taskId + "/claim", null);
        ResponseEntity<JsonNode> second = post("fkok", "/api/tasks/" + c.taskId + "/claim", null);
        ResponseEntity<JsonNode> completeByOther = post("fkok", "/api/tasks/" + c.taskId + "/complete", Map.of());

        assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(claimed.getBody().get("assignee").asText()).isEqualTo("ijansen");
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().get("detail").asText()).contains("ijansen");
        assertThat(completeByOther.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        assertThat(post("ijansen", "/api/tasks/" + c.taskId + "/unclaim", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("fkok", "/api/tasks/" + c.taskId + "/claim", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void someoneWithoutTheTaskGetsNotFound() {
        Case c = report("zonnewijzer", "CYBERBULLYING", "PUPIL", "PUPIL");

        assertThat(post("pdevries", "/api/tasks/" + c.taskId + "/claim", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("fdejong", "/api/tasks/" + c.taskId + "/complete", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void overridingASuggestionWithoutMotivationIsRefusedNamingTheField() {
        Case c = report("zonnewijzer", "CYBERBULLYING", "PUPIL", "PUPIL");

        ResponseEntity<JsonNode> response = post("ijansen", "/api/tasks/" + c.taskId + "/complete",
                Map.of("severityDecision", "HIGH", "policeDecision", "ADVISED"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors").findValuesAsText("field"))
                .containsExactly("policeMotivation", "severityMotivation");
        assertThat(response.getBody().get("errors").get(0).get("message").asText()).isEqualTo("Vul dit veld in.");
    }

    @Test
    void readOnlySuggestionsUnknownFieldsAndInvalidChoicesAreRefused() {
        Case c = report("zonnewijzer", "CYBERBULLYING", "PUPIL", "PUPIL");

        ResponseEntity<JsonNode> response = post("ijansen", "/api/tasks/" + c.taskId + "/complete",
                Map.of("suggestedSeverity", "LOW", "owner", "me", "severityDecision", "EXTREME",
                        "severityMotivation", "x"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field"))
                .containsExactly("owner", "severityDecision", "suggestedSeverity");
    }

    @Test
    void aFieldOfTheWrongKindIsRefused() {
        Case c = report("zonnewijzer", "CYBERBULLYING", "PUPIL", "PUPIL");

        ResponseEntity<JsonNode> response = post("ijansen", "/api/tasks/" + c.taskId + "/complete",
                Map.of("severityDecision", "HIGH", "severityMotivation", Map.of("nested", "x".repeat(5000))));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("severityMotivation");
        assertThat(response.getBody().get("errors").get(0).get("message").asText()).isEqualTo("Vul hier tekst in.");
    }

    /** QUALITY.md R6: two members of the group press "complete" at the same moment, five cases over. */
    @Test
    void twoLeadersCompletingOneTaskAtTheSameMomentGiveOneCompletionAndOneConflict() throws Exception {
        for (int round = 0; round < 5; round++) {
            Case c = report("zonnewijzer", "CYBERBULLYING", "PUPIL", "PUPIL");
            Map<String, Object> decision = Map.of("severityDecision", "MEDIUM");
            java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
            java.util.List<java.util.concurrent.CompletableFuture<HttpStatus>> completions = java.util.stream.Stream
                    .of("ijansen", "fkok")
                    .map(user -> java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return HttpStatus.valueOf(post(user, "/api/tasks/" + c.taskId + "/complete", decision)
                                .getStatusCode().value());
                    })).toList();

            java.util.List<HttpStatus> statuses = completions.stream().map(java.util.concurrent.CompletableFuture::join).toList();

            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
            assertThat(decision(get("ijansen", "/api/incidents/" + c.reference), "severity").get("decided").asText())
                    .isEqualTo("MEDIUM");
            assertThat(workflow.history(c.reference).timeline()).as("the triage completed once")
                    .filteredOn(e -> "TriageIncident".equals(e.taskKey()) && "TASK_COMPLETED".equals(e.what())).hasSize(1);
        }
    }

    @Test
    void confirmingAndOverridingWithMotivationRecordsTheDecisionsOnTheCase() {
        Case c = report("zonnewijzer", "CYBERBULLYING", "PUPIL", "PUPIL");

        ResponseEntity<JsonNode> done = post("ijansen", "/api/tasks/" + c.taskId + "/complete",
                Map.of("severityDecision", "HIGH", "severityMotivation", "Het filmpje is al 2000 keer gedeeld."));
        ResponseEntity<JsonNode> again = post("fkok", "/api/tasks/" + c.taskId + "/complete", Map.of());

        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("detail").asText()).contains("al voltooid door ijansen");
        JsonNode view = get("ijansen", "/api/incidents/" + c.reference);
        JsonNode severity = decision(view, "severity");
        assertThat(severity.get("suggested").asText()).isEqualTo("MEDIUM");
        assertThat(severity.get("decided").asText()).isEqualTo("HIGH");
        assertThat(severity.get("overridden").asBoolean()).isTrue();
        assertThat(severity.get("motivation").asText()).isEqualTo("Het filmpje is al 2000 keer gedeeld.");
        assertThat(severity.get("decidedBy").asText()).isEqualTo("ijansen");
        assertThat(decision(view, "police").get("overridden").asBoolean()).isFalse();
        assertThat(view.get("status").asText()).isEqualTo("OPEN");
        assertThat(view.get("timeline").findValuesAsText("what")).contains("TASK_CREATED", "TASK_COMPLETED");
    }

    @Test
    void notInvolvedClosesTheCaseWithTheAdviceToTheReporter() {
        Case c = report("regenboog", "OTHER", "EXTERNAL", "NONE");
        Map<String, Object> withoutAdvice = Map.of("schoolInvolvedDecision", false,
                "schoolInvolvedMotivation", "Ruzie tussen volwassenen buiten school.");

        ResponseEntity<JsonNode> refused = post("pdevries", "/api/tasks/" + c.taskId + "/complete", withoutAdvice);
        Map<String, Object> withAdvice = new LinkedHashMap<>(withoutAdvice);
        withAdvice.put("adviceToReporter", "Meld het bericht bij het platform en bij de politie.");
        ResponseEntity<JsonNode> done = post("pdevries", "/api/tasks/" + c.taskId + "/complete", withAdvice);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("errors").findValuesAsText("field")).containsExactly("adviceToReporter");
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        // Closing is the engine's work after the triage was saved (a save point): a moment later.
        await().atMost(Duration.ofSeconds(30)).until(() -> get("pdevries", "/api/incidents/" + c.reference)
                .get("status").asText().equals("CLOSED"));
        JsonNode view = get("pdevries", "/api/incidents/" + c.reference);
        assertThat(view.at("/closing/reason").asText()).isEqualTo("NOT_INVOLVED");
        assertThat(view.at("/closing/summary").asText()).isEqualTo("Meld het bericht bij het platform en bij de politie.");
        assertThat(view.get("tasks")).isEmpty();
    }

    record Case(String reference, String taskId) {
    }

    private Case report(String school, String category, String offender, String victim) {
        String reference = ReportApi.report(http, Reports.report(school, category, offender, victim));
        await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(reference).isEmpty());
        return new Case(reference, workflow.openTasks(reference).get(0).id());
    }

    private JsonNode get(String user, String path) {
        ResponseEntity<JsonNode> response = http.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private ResponseEntity<JsonNode> post(String user, String path, Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").postForEntity(path,
                new HttpEntity<>(body == null ? "" : Reports.json(body), headers), JsonNode.class);
    }

    private static JsonNode find(JsonNode tasks, String id) {
        for (JsonNode task : tasks) {
            if (task.get("id").asText().equals(id)) {
                return task;
            }
        }
        throw new AssertionError("No task " + id);
    }

    private static JsonNode decision(JsonNode view, String question) {
        for (JsonNode decision : view.get("decisions")) {
            if (decision.get("question").asText().equals(question)) {
                return decision;
            }
        }
        throw new AssertionError("No decision on " + question + " in " + view.get("decisions"));
    }
}
