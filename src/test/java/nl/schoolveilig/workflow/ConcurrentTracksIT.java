package nl.schoolveilig.workflow;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.support.TaskApi;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two people finish different tracks of one case at the same moment: the join of the tracks is a save
 * point (asyncBefore), so both completions are saved and the case goes on to the sanction exactly once.
 */
@SharedContextTest
class ConcurrentTracksIT {

    private static final int ROUNDS = 12;

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks workflow;
    @Autowired
    TaskService tasks;

    @Test
    void twoTracksCompletedAtTheSameMomentBothSucceedAndTheCaseGoesOnOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, Object> report = Reports.cyberbullying("regenboog");
            String reference = ReportApi.report(http, report);
            complete("pdevries", awaitTask(reference, "TriageIncident"), Map.of("informParentsDecision", false,
                    "informParentsMotivation", "Afgehandeld in de klas.", "victimCareDecision", false,
                    "victimCareMotivation", "Geen slachtoffer op school.", "policeDecision", "ADVISED",
                    "policeMotivation", "Dreigende taal in het filmpje."));
            String police = awaitTask(reference, "RecordPoliceReport");
            String content = awaitTask(reference, "RemoveContent");
            claim("pdevries", police);
            claim("mbakker", content);

            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<ResponseEntity<String>> leader = CompletableFuture.supplyAsync(() -> atOnce(together,
                    () -> send("pdevries", police, Map.of("policeOutcome", "REPORTED", "policeReportedOn", "2026-11-23",
                            "policeReference", "PL-" + reference))));
            CompletableFuture<ResponseEntity<String>> digicoach = CompletableFuture.supplyAsync(() -> atOnce(together,
                    () -> send("mbakker", content, Map.of("contentReportedOn", "2026-11-22", "removalResult", "REMOVED"))));

            assertThat(leader.get().getStatusCode()).as("round %d, police: %s", round, leader.get().getBody())
                    .isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(digicoach.get().getStatusCode()).as("round %d, content: %s", round, digicoach.get().getBody())
                    .isEqualTo(HttpStatus.NO_CONTENT);
            awaitTask(reference, "DecideSanction");
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("DecideSanction")
                    .count()).as("round %d: the case went on once", round).isEqualTo(1);
        }
    }

    private static <T> T atOnce(CyclicBarrier together, java.util.function.Supplier<T> work) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return work.get();
    }

    private String awaitTask(String reference, String key) {
        await().atMost(Duration.ofSeconds(60)).until(() -> workflow.openTasks(reference).stream()
                .anyMatch(t -> t.taskKey().equals(key)));
        List<String> ids = workflow.openTasks(reference).stream().filter(t -> t.taskKey().equals(key)).map(OpenTask::id).toList();
        return ids.get(0);
    }

    private void claim(String user, String taskId) {
        ResponseEntity<String> response = TaskApi.claim(http, user, taskId);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    }

    private void complete(String user, String taskId, Map<String, Object> fields) {
        ResponseEntity<String> response = send(user, taskId, fields);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private ResponseEntity<String> send(String user, String taskId, Map<String, Object> fields) {
        return TaskApi.complete(http, user, taskId, fields);
    }
}
