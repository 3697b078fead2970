package nl.schoolveilig.intake;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolveilig.events.DeadLetterHeaders;
import nl.schoolveilig.events.Topics;
import nl.schoolveilig.support.FormClient;
import nl.schoolveilig.support.KafkaTestClient;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.workflow.CaseTasks;
import nl.schoolveilig.workflow.OpenTask;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.kafka.KafkaConnectionDetails;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every channel promises (the form, the REST API, Kafka in both CloudEvents modes): the same
 * report becomes exactly one case with one triage task for the right group; duplicates create
 * nothing; invalid input is rejected naming the field; a poison event is dead-lettered and the next
 * good event is processed. Concrete classes run this contract against H2 and PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ChannelsContract {

    static final String EVENT_TYPE = "nl.schoolveilig.incident.reported.v1";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    enum Via { API, FORM, EVENT_STRUCTURED, EVENT_BINARY }

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseTasks workflow;
    @Autowired
    KafkaConnectionDetails kafkaConnection;
    @Autowired
    ObjectMapper objectMapper;

    KafkaTestClient kafka;

    @BeforeAll
    void connectToKafka() {
        kafka = new KafkaTestClient(String.join(",", kafkaConnection.getBootstrapServers()));
    }

    @AfterAll
    void disconnect() {
        kafka.close();
    }

    @ParameterizedTest(name = "a report via {0} becomes one case with a triage task for the school leader")
    @EnumSource(Via.class)
    void aReportBecomesOneCaseWithATriageTaskForTheSchoolLeader(Via via) {
        Map<String, Object> report = Reports.cyberbullying("zonnewijzer");

        String reference = submit(via, report);

        assertThat(reference).matches("INC-\\d{4}-\\d{6,}");
        assertThat(casesWith(report)).isEqualTo(1);
        OpenTask triage = awaitTriageTask(reference);
        assertThat(triage.taskKey()).isEqualTo("TriageIncident");
        assertThat(triage.candidateGroups()).containsExactly("schoolleader_zonnewijzer");
        assertThat(triage.due()).isNotNull();
    }

    @ParameterizedTest(name = "via {0}: a report about the school leader goes to the board")
    @EnumSource(value = Via.class, names = {"API", "EVENT_STRUCTURED"})
    void aReportAboutTheSchoolLeaderGoesToTheBoard(Via via) {
        Map<String, Object> report = Reports.report("regenboog", "UNPROFESSIONAL_CONDUCT", "SCHOOL_LEADER", "PARENT");

        OpenTask triage = awaitTriageTask(submit(via, report));

        assertThat(triage.candidateGroups()).containsExactly("board_noorderkim");
    }

    @ParameterizedTest(name = "via {0}: a sexual offence by staff against a pupil goes to the board")
    @EnumSource(value = Via.class, names = {"FORM", "EVENT_BINARY"})
    void aStaffSexualOffenceGoesToTheBoard(Via via) {
        Map<String, Object> report = Reports.report("klimop", "SEXUAL_MISCONDUCT", "EMPLOYEE", "PUPIL");

        OpenTask triage = awaitTriageTask(submit(via, report));

        assertThat(triage.candidateGroups()).containsExactly("board_kempenhorst");
    }

    @Test
    void theSameIdempotencyKeyAgainAnswers200WithTheSameCase() {
        Map<String, Object> report = Reports.cyberbullying("vlinderbos");
        String key = UUID.randomUUID().toString();

        ResponseEntity<JsonNode> first = post(report, key);
        ResponseEntity<JsonNode> second = post(report, key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getBody().get("reference")).isEqualTo(first.getBody().get("reference"));
        assertThat(second.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(casesWith(report)).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyReusedForADifferentReportIsRefused() {
        String key = UUID.randomUUID().toString();
        post(Reports.cyberbullying("vlinderbos"), key);

        ResponseEntity<JsonNode> reused = post(Reports.cyberbullying("vlinderbos"), key);

        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void sendingTheSameFormTwiceOpensOneCase() {
        Map<String, Object> report = Reports.cyberbullying("zonnewijzer");
        FormClient form = new FormClient(port);
        form.open();

        String first = FormClient.reference(form.submit(FormClient.fields(report)).body());
        String second = FormClient.reference(form.submit(FormClient.fields(report)).body());

        assertThat(first).isNotNull().isEqualTo(second);
        assertThat(casesWith(report)).isEqualTo(1);
    }

    @Test
    void aDuplicateEventOpensNothingNew() {
        Map<String, Object> report = Reports.cyberbullying("klimop");
        String key = "klimop-" + UUID.randomUUID();
        String id = UUID.randomUUID().toString();

        kafka.sendStructured(Topics.REPORTED, key, id, "urn:test:duplicates", EVENT_TYPE, "klimop", report);
        kafka.sendBinary(Topics.REPORTED, key, id, "urn:test:duplicates", EVENT_TYPE, "klimop", report);
        // Same key, same partition: once this one is in, both copies before it were handled.
        Map<String, Object> marker = Reports.cyberbullying("klimop");
        kafka.sendStructured(Topics.REPORTED, key, UUID.randomUUID().toString(), "urn:test:duplicates",
                EVENT_TYPE, "klimop", marker);

        await().atMost(PATIENCE).until(() -> casesWith(marker) == 1);
        assertThat(casesWith(report)).isEqualTo(1);
    }

    @Test
    void theSameEventIdFromAnotherSourceIsAnotherReport() {
        Map<String, Object> report = Reports.cyberbullying("klimop");
        String id = UUID.randomUUID().toString();

        kafka.sendStructured(Topics.REPORTED, "klimop", id, "urn:test:source-a", EVENT_TYPE, "klimop", report);
        kafka.sendStructured(Topics.REPORTED, "klimop", id, "urn:test:source-b", EVENT_TYPE, "klimop", report);

        await().atMost(PATIENCE).until(() -> casesWith(report) == 2);
    }

    static List<Object[]> invalidReports() {
        return List.of(
                new Object[] {"an unknown school", "schoolId", "onbekend", "Deze school kennen wij niet"},
                new Object[] {"a future time", "occurredAt", "2099-01-01T10:00:00Z", "ligt in de toekomst"},
                new Object[] {"a non-http link", "contentUrl", "javascript:alert(1)", "begint met https://"},
                new Object[] {"an empty description", "description", "", "Beschrijf wat er is gebeurd"},
                new Object[] {"a 10,000-character description", "description", "x".repeat(10_000),
                        "De beschrijving is te lang"});
    }

    @ParameterizedTest(name = "the API rejects {0} naming the field")
    @MethodSource("invalidReports")
    void theApiRejectsAnInvalidReportNamingTheField(String what, String field, String value, String message) {
        Map<String, Object> report = Reports.with(Reports.cyberbullying("zonnewijzer"), field, value);

        ResponseEntity<JsonNode> response = post(report, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode errors = response.getBody().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("field").asText()).isEqualTo(field);
        assertThat(errors.get(0).get("message").asText()).contains(message);
    }

    @Test
    void theApiListsEveryWrongFieldAtOnce() {
        Map<String, Object> report = Reports.with(Reports.with(Reports.cyberbullying("onbekend"),
                "description", " "), "contentUrl", "ftp://example.org/x");
        report.put("category", "SHOPLIFTING");
        report.put("occurredAt", "gisteren");
        report.put("victim", Map.of("role", "TEACHER"));

        ResponseEntity<JsonNode> response = post(report, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly(
                "category", "contentUrl", "description", "occurredAt", "schoolId", "victim.role");
    }

    @Test
    void theApiNamesAnUnknownCategoryAndItsAllowedValues() {
        ResponseEntity<JsonNode> response = post(Reports.with(Reports.cyberbullying("zonnewijzer"), "category",
                "SHOPLIFTING"), null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = response.getBody().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("category");
        assertThat(error.get("message").asText()).contains("CYBERBULLYING", "DATA_BREACH");
    }

    @Test
    void anUnknownFactIsRefusedOnTheApiAndDeadLetteredFromKafkaNamingIt() {
        Map<String, Object> report = Reports.cyberbullying("zonnewijzer");
        report.put("facts", Map.of("contentOnline", true, "moonPhase", true));

        ResponseEntity<JsonNode> response = post(report, null);
        String key = "unknown-fact-" + UUID.randomUUID();
        kafka.sendStructured(Topics.REPORTED, key, UUID.randomUUID().toString(), "urn:test:invalid", EVENT_TYPE, null,
                report);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = response.getBody().get("errors").get(0);
        assertThat(error.get("field").asText()).startsWith("facts").contains("moonPhase");
        assertThat(error.get("message").asText()).contains("Dit feit kennen we niet");
        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(key);
        assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.DETAIL)).startsWith("facts").contains("moonPhase");
        assertThat(casesWith(report)).isZero();
    }

    @ParameterizedTest(name = "the form rejects {0} with a Dutch message")
    @MethodSource("invalidReports")
    void theFormRejectsAnInvalidReportWithADutchMessage(String what, String field, String value, String message) {
        String formValue = field.equals("occurredAt") ? "2099-01-01T10:00" : value;
        Map<String, Object> report = Reports.cyberbullying("zonnewijzer");
        Map<String, String> fields = FormClient.fields(report);
        fields.put(field, formValue);
        FormClient form = new FormClient(port);
        form.open();

        var response = form.submit(fields);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(FormClient.reference(response.body())).isNull();
        assertThat(response.body()).contains(message).contains("error-summary");
        assertThat(casesWith(report)).isZero();
    }

    @ParameterizedTest(name = "an event with {0} is dead-lettered naming the field")
    @MethodSource("invalidReports")
    void anInvalidEventIsDeadLetteredNamingTheField(String what, String field, String value, String message) {
        Map<String, Object> report = Reports.with(Reports.cyberbullying("zonnewijzer"), field, value);
        String key = "invalid-" + UUID.randomUUID();

        kafka.sendStructured(Topics.REPORTED, key, UUID.randomUUID().toString(), "urn:test:invalid", EVENT_TYPE, null,
                report);

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(key);
        assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.REASON)).isEqualTo("invalid-report");
        assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.DETAIL)).startsWith(field + ":");
        assertThat(casesWith(report)).isZero();
    }

    @Test
    void aPoisonEventIsDeadLetteredAndTheNextGoodEventIsProcessed() {
        String key = "poison-" + UUID.randomUUID();
        kafka.sendRaw(Topics.REPORTED, key, "{ this is not json".getBytes());
        Map<String, Object> good = Reports.cyberbullying("zonnewijzer");
        kafka.sendStructured(Topics.REPORTED, key, UUID.randomUUID().toString(), "urn:test:poison", EVENT_TYPE,
                "zonnewijzer", good);

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(key);
        assertThat(new String(dead.value())).isEqualTo("{ this is not json");
        assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.REASON)).isEqualTo("unreadable-event");
        await().atMost(PATIENCE).until(() -> casesWith(good) == 1);
    }

    @Test
    void anEventOfAnotherTypeIsDeadLettered() {
        String key = "type-" + UUID.randomUUID();
        Map<String, Object> report = Reports.cyberbullying("zonnewijzer");

        kafka.sendBinary(Topics.REPORTED, key, UUID.randomUUID().toString(), "urn:test:type",
                "nl.schoolveilig.incident.withdrawn.v1", "zonnewijzer", report);

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(key);
        assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.REASON)).isEqualTo("unknown-type");
        assertThat(casesWith(report)).isZero();
    }

    @Test
    void anEventWhoseSubjectIsNotItsSchoolIsDeadLettered() {
        String key = "subject-" + UUID.randomUUID();
        Map<String, Object> report = Reports.cyberbullying("zonnewijzer");

        kafka.sendStructured(Topics.REPORTED, key, UUID.randomUUID().toString(), "urn:test:subject", EVENT_TYPE,
                "regenboog", report);

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(key);
        assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.DETAIL)).startsWith("subject:");
    }

    @Test
    void anOversizedEventIsDeadLettered() {
        String key = "large-" + UUID.randomUUID();

        kafka.sendRaw(Topics.REPORTED, key, new byte[1024 * 1024]);

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(key);
        assertThat(KafkaTestClient.header(dead, DeadLetterHeaders.REASON)).isEqualTo("payload-size");
    }

    // --- helpers ---

    String submit(Via via, Map<String, Object> report) {
        return switch (via) {
            case API -> {
                ResponseEntity<JsonNode> response = post(report, UUID.randomUUID().toString());
                assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
                yield response.getBody().get("reference").asText();
            }
            case FORM -> {
                FormClient form = new FormClient(port);
                form.open();
                var response = form.submit(FormClient.fields(report));
                assertThat(response.statusCode()).isEqualTo(200);
                yield FormClient.reference(response.body());
            }
            case EVENT_STRUCTURED, EVENT_BINARY -> {
                String schoolId = (String) report.get("schoolId");
                String id = UUID.randomUUID().toString();
                if (via == Via.EVENT_STRUCTURED) {
                    kafka.sendStructured(Topics.REPORTED, schoolId, id, "urn:test:channels", EVENT_TYPE, schoolId, report);
                } else {
                    kafka.sendBinary(Topics.REPORTED, schoolId, id, "urn:test:channels", EVENT_TYPE, schoolId, report);
                }
                await().atMost(PATIENCE).until(() -> casesWith(report) > 0);
                yield jdbc.queryForObject("select reference from incident where description = ?", String.class,
                        Reports.description(report));
            }
        };
    }

    ResponseEntity<JsonNode> post(Map<String, Object> report, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth("integratie", "demo");
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return http.postForEntity("/api/incidents", new HttpEntity<>(Reports.json(report), headers), JsonNode.class);
    }

    int casesWith(Map<String, Object> report) {
        return jdbc.queryForObject("select count(*) from incident where description = ?", Integer.class,
                Reports.description(report));
    }

    OpenTask awaitTriageTask(String reference) {
        await().atMost(PATIENCE).until(() -> !workflow.openTasks(reference).isEmpty());
        List<OpenTask> tasks = workflow.openTasks(reference);
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    ConsumerRecord<String, byte[]> awaitDeadLetter(String key) {
        return kafka.awaitRecord(Topics.REPORTED + Topics.DEAD_LETTER_SUFFIX, r -> key.equals(r.key()), PATIENCE);
    }
}
