package nl.schoolveilig.intake;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolveilig.events.DeadLetterHeaders;
import nl.schoolveilig.events.Topics;
import nl.schoolveilig.support.KafkaTestClient;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.workflow.CaseTasks;
import nl.schoolveilig.workflow.OpenTask;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.kafka.KafkaConnectionDetails;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Updates to running cases on {@code school-incidents.updates.v1}: press inquiry, evidence, withdrawal. */
@SharedContextTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpdatesIT {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks workflow;
    @Autowired
    KafkaConnectionDetails kafkaConnection;

    KafkaTestClient kafka;

    @BeforeAll
    void connect() {
        kafka = new KafkaTestClient(String.join(",", kafkaConnection.getBootstrapServers()));
    }

    @AfterAll
    void disconnect() {
        kafka.close();
    }

    @Test
    void aPressInquiryGivesCommunicationsAndTheLeaderATaskWhileTheTriageGoesOn() {
        String reference = reportAndAwaitTriage("zonnewijzer");

        send(reference, UUID.randomUUID().toString(), "nl.schoolveilig.incident.press-inquiry.v1",
                Map.of("details", "Een journalist vraagt om een reactie."));

        await().atMost(PATIENCE).until(() -> keys(reference).contains("AnswerPressInquiry"));
        assertThat(keys(reference)).contains("TriageIncident", "BriefTeamOnInquiry");
        assertThat(workflow.openTasks(reference).stream().filter(t -> t.taskKey().equals("AnswerPressInquiry"))
                .findFirst().orElseThrow().candidateGroups()).containsExactly("communications_noorderkim");
    }

    @Test
    void evidenceIsAddedToTheCaseOnceHoweverOftenItArrives() {
        String reference = reportAndAwaitTriage("regenboog");
        String id = UUID.randomUUID().toString();
        Map<String, Object> evidence = Map.of("description", "Schermafbeelding van het tweede bericht",
                "url", "https://example.org/screenshot.png");

        send(reference, id, "nl.schoolveilig.incident.evidence-added.v1", evidence);
        send(reference, id, "nl.schoolveilig.incident.evidence-added.v1", evidence);
        String marker = UUID.randomUUID().toString();
        send(reference, marker, "nl.schoolveilig.incident.evidence-added.v1", Map.of("description", "marker " + marker));

        await().atMost(PATIENCE).until(() -> view(reference).get("evidence").toString().contains(marker));
        JsonNode list = view(reference).get("evidence");
        assertThat(list.findValuesAsText("description"))
                .containsExactly("Schermafbeelding van het tweede bericht", "marker " + marker);
    }

    @Test
    void aWithdrawalClosesTheCaseAndALaterUpdateIsDeadLettered() {
        String reference = reportAndAwaitTriage("klimop");

        send(reference, UUID.randomUUID().toString(), "nl.schoolveilig.incident.withdrawn.v1",
                Map.of("reason", "De melder heeft het met de ouders opgelost."));

        await().atMost(PATIENCE).until(() -> "CLOSED".equals(view(reference).get("status").asText()));
        JsonNode view = view(reference);
        assertThat(view.at("/closing/reason").asText()).isEqualTo("WITHDRAWN");
        assertThat(view.at("/closing/summary").asText()).isEqualTo("De melder heeft het met de ouders opgelost.");
        assertThat(view.get("tasks")).isEmpty();

        String late = UUID.randomUUID().toString();
        send(reference, late, "nl.schoolveilig.incident.press-inquiry.v1", Map.of());
        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(reference, late);
        assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.REASON)).isEqualTo("case-ended");
    }

    @Test
    void anUpdateForAnUnknownReferenceIsDeadLettered() {
        String id = UUID.randomUUID().toString();

        send("INC-2026-999999", id, "nl.schoolveilig.incident.withdrawn.v1", Map.of("reason", "test"));

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter("INC-2026-999999", id);
        assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.REASON)).isEqualTo("unknown-reference");
        assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.DETAIL)).startsWith("subject:");
    }

    @Test
    void evidenceWithoutADescriptionIsDeadLetteredNamingTheField() {
        String reference = reportAndAwaitTriage("vlinderbos");
        String id = UUID.randomUUID().toString();

        send(reference, id, "nl.schoolveilig.incident.evidence-added.v1", Map.of("url", "https://example.org/x"));

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(reference, id);
        assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.REASON)).isEqualTo("invalid-update");
        assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.DETAIL)).startsWith("description:");
    }

    private void send(String reference, String id, String type, Map<String, Object> data) {
        kafka.sendStructured(Topics.UPDATES, reference, id, "urn:test:updates", type, reference, data);
    }

    private ConsumerRecord<String, byte[]> awaitDeadLetter(String reference, String id) {
        return kafka.awaitRecord(Topics.UPDATES + Topics.DEAD_LETTER_SUFFIX,
                r -> reference.equals(r.key()) && new String(r.value()).contains(id), PATIENCE);
    }

    private String reportAndAwaitTriage(String school) {
        String reference = ReportApi.report(http, Reports.cyberbullying(school));
        await().atMost(PATIENCE).until(() -> keys(reference).contains("TriageIncident"));
        return reference;
    }

    private java.util.List<String> keys(String reference) {
        return workflow.openTasks(reference).stream().map(OpenTask::taskKey).toList();
    }

    /** The case as the board member sees it (the schools of Noorderkim, or of Kempenhorst). */
    private JsonNode view(String reference) {
        for (String boardMember : new String[] {"ksmit", "fdejong"}) {
            var response = http.withBasicAuth(boardMember, "demo").getForEntity("/api/incidents/" + reference, JsonNode.class);
            if (response.getStatusCode().is2xxSuccessful()) {
                return response.getBody();
            }
        }
        throw new AssertionError("No board member sees " + reference);
    }
}
