package nl.schoolveilig.requests;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.support.TaskApi;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The four requests end to end through the API: made with {@code POST /api/requests}, decided through the
 * task API (the checked completion), on record with {@code GET /api/requests/{reference}}, in their register
 * for those who may see it, and announced on {@code school-requests.lifecycle.v1} through the outbox.
 */
@SharedContextTest
class RequestsApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    @Autowired
    RequestRetention retention;

    @Test
    void aChannelNoticeIsSentBackForChangesThenAcknowledgedListedInTheRegisterAndEndedByItsOwner() throws Exception {
        JsonNode made = submit("avermeer", Map.of("type", "STAFF_CHANNEL_NOTICE", "schoolId", "zonnewijzer",
                "platform", "Instagram", "channelName", "Juf Anne van groep 5a", "audience", "ouders van groep 5a",
                "startDate", "2026-09-01"));
        String reference = made.get("reference").asText();
        assertThat(reference).startsWith("VZ-");
        assertThat(made.get("state").asText()).isEqualTo("SUBMITTED");

        Task acknowledge = openTask(reference);
        assertThat(acknowledge.getTaskDefinitionKey()).isEqualTo("AcknowledgeChannel");
        JsonNode card = JSON.readTree(get("ijansen", "/api/tasks/" + acknowledge.getId() + "/case").getBody());
        assertThat(card.get("reference").asText()).as("Tasklist's card names the request").isEqualTo(reference);
        assertThat(card.get("categoryLabel").asText()).isEqualTo("Melding van een eigen kanaal");
        assertThat(card.get("href").asText()).isEqualTo("/verzoeken/" + reference);
        assertThat(get("avermeer", "/api/tasks/" + acknowledge.getId() + "/case").getStatusCode())
                .as("not for the one who asked").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(TaskApi.complete(http, "ijansen", acknowledge.getId(), Map.of("decision", "CHANGES_REQUESTED")).getStatusCode())
                .as("asking for changes needs a motivation").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(TaskApi.complete(http, "ijansen", acknowledge.getId(), Map.of("decision", "CHANGES_REQUESTED",
                "motivation", "Noem de school niet in de naam van het kanaal")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(read("avermeer", reference).get("state").asText()).isEqualTo("CHANGES_REQUESTED");

        Task adjust = openTask(reference);
        assertThat(adjust.getTaskDefinitionKey()).isEqualTo("AdjustChannelNotice");
        assertThat(TaskApi.complete(http, "ijansen", adjust.getId(), Map.of("channelName", "x")).getStatusCode())
                .as("only the owner changes the notice").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(TaskApi.complete(http, "avermeer", adjust.getId(), Map.of("platform", "Instagram",
                "channelName", "Juf Anne", "audience", "ouders van groep 5a", "startDate", "2026-09-01")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Task again = openTask(reference);
        assertThat(again.getTaskDefinitionKey()).isEqualTo("AcknowledgeChannel");
        assertThat(TaskApi.complete(http, "fkok", again.getId(), Map.of("decision", "ACKNOWLEDGED")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode decided = read("avermeer", reference);
        assertThat(decided.get("state").asText()).isEqualTo("DECIDED");
        assertThat(decided.get("decision").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(decided.get("decidedBy").asText()).isEqualTo("fkok");
        assertThat(decided.at("/details/channelName").asText()).isEqualTo("Juf Anne");
        assertThat(decided.get("history").findValuesAsText("kind"))
                .containsExactly("SUBMITTED", "STEP_COMPLETED", "STEP_COMPLETED", "STEP_COMPLETED");
        assertThat(decided.get("history").get(1).at("/data/motivation/value").asText())
                .isEqualTo("Noem de school niet in de naam van het kanaal");

        for (String reader : List.of("avermeer", "ijansen", "ksmit")) {
            assertThat(register(reader, "staff-channels")).as(reader).contains(reference);
        }
        for (String outsider : List.of("pdevries", "evandijk", "rkuipers")) {
            assertThat(register(outsider, "staff-channels")).as(outsider).doesNotContain(reference);
            assertThat(get(outsider, "/api/requests/" + reference).getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
        }

        assertThat(post("ijansen", "/api/requests/" + reference + "/end").getStatusCode())
                .as("only the owner ends a channel").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("avermeer", "/api/requests/" + reference + "/end").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read("ijansen", reference).get("state").asText()).isEqualTo("ENDED");
        assertThat(post("avermeer", "/api/requests/" + reference + "/end").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        assertThat(jdbc.queryForList("select type from outbox_event where subject = ? and topic = ? order by seq",
                String.class, reference, "school-requests.lifecycle.v1")).containsExactly(
                "nl.schoolveilig.request.submitted.v1", "nl.schoolveilig.request.decided.v1",
                "nl.schoolveilig.request.decided.v1", "nl.schoolveilig.request.ended.v1");
        assertThat(jdbc.queryForObject("select count(*) from outbox_event where subject = ? and topic <> ?", Integer.class,
                reference, "school-requests.lifecycle.v1")).as("nothing of a request on the incidents' topic").isZero();
        assertThat(jdbc.queryForList("select kind from audit_entry where reference = ? order by seq", String.class, reference))
                .contains("REQUESTED", "TASK_ASSIGNED", "STEP_COMPLETED", "REQUEST_DECIDED", "REQUEST_ENDED");
    }

    @Test
    void anInternsPostShowingPupilsWithoutConsentIsAllowedOnlyWithTheSupervisorsReason() throws Exception {
        long sam = pupil("Sam de Boer");
        long finn = pupil("Finn Mulder");
        JsonNode made = submit("ismits", Map.of("type", "INTERN_POST_PERMISSION", "schoolId", "zonnewijzer",
                "platform", "Instagram", "draftText", "Onze groep bij de moestuin!", "mediaDescription", "foto bij de moestuin",
                "pupilIds", List.of(sam, finn), "imageChannel", "SOCIAL_MEDIA"));
        String reference = made.get("reference").asText();
        assertThat(made.at("/details/pupils/0/consent").asBoolean()).isFalse();
        assertThat(made.at("/details/pupils/1/consent").asBoolean()).isTrue();

        Task decide = openTask(reference);
        assertThat(decide.getDueDate()).isNotNull();
        assertThat(TaskApi.complete(http, "ijansen", decide.getId(), Map.of("decision", "NOT_ALLOWED", "motivation", "nee"))
                .getStatusCode()).as("the supervisor decides, not the leader (yet)").isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> blocked = TaskApi.complete(http, "sdekker", decide.getId(),
                Map.of("decision", "ALLOWED", "motivation", "Mooi moment"));
        assertThat(blocked.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(blocked.getBody()).contains("consentOverride");
        assertThat(TaskApi.complete(http, "sdekker", decide.getId(), Map.of("decision", "ALLOWED", "motivation", "Mooi moment",
                "consentOverride", "Sam staat onherkenbaar op de rug gezien")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode decided = read("ismits", reference);
        assertThat(decided.get("decision").asText()).isEqualTo("ALLOWED");
        assertThat(decided.get("decidedBy").asText()).isEqualTo("sdekker");
        for (String reader : List.of("ismits", "sdekker", "ijansen", "ksmit")) {
            assertThat(register(reader, "intern-permissions")).as(reader).contains(reference);
        }
        for (String outsider : List.of("avermeer", "pdevries", "lmaas", "gpeters")) {
            assertThat(register(outsider, "intern-permissions")).as(outsider).doesNotContain(reference);
        }
    }

    @Test
    void theEngineRestApiHoldsARequestTaskToTheSameRulesAndOnlyItsCandidateMayWorkIt() throws Exception {
        long sam = pupil("Sam de Boer");
        String reference = submit("ismits", Map.of("type", "INTERN_POST_PERMISSION", "schoolId", "zonnewijzer",
                "platform", "Facebook", "draftText", "Sportdag", "pupilIds", List.of(sam), "imageChannel", "WEBSITE"))
                .get("reference").asText();
        String task = openTask(reference).getId();

        assertThat(get("ijansen", "/engine-rest/task/" + task).getStatusCode()).as("not the leader's (yet)")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("ijansen", "/engine-rest/task/" + task + "/claim", Map.of("userId", "ijansen")).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(get("sdekker", "/engine-rest/task/" + task).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("sdekker", "/engine-rest/task/" + task + "/claim", Map.of("userId", "sdekker")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> withoutReason = post("sdekker", "/engine-rest/task/" + task + "/complete", Map.of("variables",
                Map.of("decision", Map.of("value", "ALLOWED"), "motivation", Map.of("value", "Prima"))));
        assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withoutReason.getBody()).contains("consentOverride");
        ResponseEntity<String> tampered = post("sdekker", "/engine-rest/task/" + task + "/complete", Map.of("variables",
                Map.of("decision", Map.of("value", "NOT_ALLOWED"), "motivation", Map.of("value", "Nee"),
                        "pupilsWithoutConsent", Map.of("value", ""))));
        assertThat(tampered.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tampered.getBody()).contains("pupilsWithoutConsent");
        assertThat(read("ismits", reference).get("state").asText()).isEqualTo("SUBMITTED");

        assertThat(post("sdekker", "/engine-rest/task/" + task + "/complete", Map.of("variables", Map.of(
                "decision", Map.of("value", "NOT_ALLOWED"), "motivation", Map.of("value", "Sam mag niet op de website")))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode decided = read("ismits", reference);
        assertThat(decided.get("decision").asText()).isEqualTo("NOT_ALLOWED");
        assertThat(decided.get("motivation").asText()).isEqualTo("Sam mag niet op de website");
    }

    @Test
    void aSupervisorWhoLetsTheTermPassIsRemindedByMailAndADayLaterTheSchoolLeaderDecides() throws Exception {
        String reference = submit("ismits", Map.of("type", "INTERN_POST_PERMISSION", "schoolId", "zonnewijzer",
                "platform", "Instagram", "draftText", "Excursie naar het museum")).get("reference").asText();
        String processId = openTask(reference).getProcessInstanceId();

        management.executeJob(management.createJobQuery().processInstanceId(processId).activityId("SupervisorTermPassed")
                .singleResult().getId());
        assertThat(read("ismits", reference).get("history").findValuesAsText("kind")).contains("TERM_MISSED");
        assertThat(jdbc.queryForList("select subject from mail_message where recipient = ? and subject like ? order by created_at",
                String.class, "sdekker@demo.schoolveilig.nl", "%" + reference + "%")).as("told of the task, then reminded")
                .containsExactly("Nieuwe taak: Beslis over het bericht van de stagiair (" + reference + ")",
                        "Termijn verstreken: Beslis over het bericht van de stagiair (" + reference + ")");
        assertThat(openTask(reference).getTaskDefinitionKey()).as("and may still decide").isEqualTo("DecideInternPost");

        management.executeJob(management.createJobQuery().processInstanceId(processId).activityId("LeaderTakesOver")
                .singleResult().getId());
        Task leaders = openTask(reference);
        assertThat(leaders.getTaskDefinitionKey()).isEqualTo("DecideInternPostAsLeader");
        assertThat(TaskApi.complete(http, "sdekker", leaders.getId(), Map.of("decision", "ALLOWED", "motivation", "x"))
                .getStatusCode()).as("the supervisor no longer").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(TaskApi.complete(http, "ijansen", leaders.getId(), Map.of("decision", "ALLOWED",
                "motivation", "Geen leerlingen in beeld")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(read("ismits", reference).get("decidedBy").asText()).isEqualTo("ijansen");
    }

    @Test
    void anEmployeeInDoubtIsAdvisedByTheSchoolLeaderAndASchoolLeaderByTheBoardsCommunications() throws Exception {
        String byTeacher = submit("avermeer", Map.of("type", "PUBLICATION_CHECK", "schoolId", "zonnewijzer",
                "draft", "Foto van de sportdag met uitslag", "capacity", "PERSONAL_TITLE")).get("reference").asText();
        Task advise = openTask(byTeacher);
        assertThat(advise.getTaskDefinitionKey()).isEqualTo("AdvisePublication");
        assertThat(TaskApi.complete(http, "ijansen", advise.getId(), Map.of("decision", "CHANGE",
                "motivation", "Laat de namen van de kinderen weg")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(read("avermeer", byTeacher).get("decision").asText()).isEqualTo("CHANGE");

        String byLeader = submit("ijansen", Map.of("type", "PUBLICATION_CHECK", "schoolId", "zonnewijzer",
                "draft", "Reactie op het krantenartikel", "capacity", "ON_BEHALF_OF_BOARD")).get("reference").asText();
        Task board = openTask(byLeader);
        assertThat(board.getTaskDefinitionKey()).isEqualTo("AdviseAsCommunications");
        assertThat(TaskApi.complete(http, "fkok", board.getId(), Map.of("decision", "PUBLISH", "motivation", "x"))
                .getStatusCode()).as("a fellow school leader does not advise").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(TaskApi.complete(http, "tmeijer", board.getId(), Map.of("decision", "DO_NOT_PUBLISH",
                "motivation", "Het bestuur reageert zelf")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(read("ijansen", byLeader).get("decidedBy").asText()).isEqualTo("tmeijer");
    }

    @Test
    void aTeacherRecordsAPupilsSmartwatchPermissionThatTheirGroupsRegisterShows() throws Exception {
        long group = jdbc.queryForObject("select id from school_group where school_id = 'zonnewijzer' and name = 'Groep 5a'", Long.class);
        long sam = pupil("Sam de Boer");
        String reference = submit("avermeer", Map.of("type", "DEVICE_PERMISSION", "schoolId", "zonnewijzer",
                "groupId", group, "pupilId", sam, "device", "SMARTWATCH", "reason", "Medische meting (diabetes)",
                "validFrom", "2026-12-07", "validUntil", "2027-07-10")).get("reference").asText();
        assertThat(post("rkuipers", "/api/requests", Map.of("type", "DEVICE_PERMISSION", "schoolId", "zonnewijzer",
                "groupId", group, "pupilId", sam, "device", "SMARTPHONE", "reason", "x", "validFrom", "2026-12-07"))
                .getStatusCode()).as("a teacher of another school").isEqualTo(HttpStatus.FORBIDDEN);

        Task decide = openTask(reference);
        assertThat(TaskApi.complete(http, "avermeer", decide.getId(), Map.of("decision", "ALLOWED", "motivation", "Nodig"))
                .getStatusCode()).as("allowed needs the agreements").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(TaskApi.complete(http, "avermeer", decide.getId(), Map.of("decision", "ALLOWED", "motivation", "Nodig",
                "agreements", "Horloge op stil; meldingen alleen van de glucosemeter")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode decided = read("ijansen", reference);
        assertThat(decided.get("conditions").asText()).startsWith("Horloge op stil");
        assertThat(decided.at("/details/pupilName").asText()).isEqualTo("Sam de Boer");
        for (String reader : List.of("avermeer", "ijansen", "ksmit")) {
            assertThat(register(reader, "device-permissions")).as(reader).contains(reference);
        }
        for (String outsider : List.of("rkuipers", "pdevries", "ismits", "evandijk")) {
            assertThat(register(outsider, "device-permissions")).as(outsider).doesNotContain(reference);
        }
        String caseAboutSam = ReportApi.report(http, Reports.with(Reports.report("zonnewijzer", "DEVICE_RULES", "PUPIL", "NONE"),
                "offender", Map.of("role", "PUPIL", "name", "sam de boer")));
        String caseAboutNoa = ReportApi.report(http, Reports.with(Reports.report("zonnewijzer", "DEVICE_RULES", "PUPIL", "NONE"),
                "offender", Map.of("role", "PUPIL", "name", "Noa Willemsen")));
        JsonNode sams = await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(get(readerWithTask(caseAboutSam),
                "/api/incidents/" + caseAboutSam).getBody()), c -> c.hasNonNull("priorRequests"));
        assertThat(sams.at("/priorRequests/kind").asText()).isEqualTo("DEVICE_PERMISSION");
        assertThat(sams.at("/priorRequests/found").findValuesAsText("reference")).contains(reference);
        ResponseEntity<String> casePage = get(readerWithTask(caseAboutSam), "/zaken/" + caseAboutSam);
        assertThat(casePage.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(casePage.getBody()).contains("Toestemming voor een slim apparaat van sam de boer").contains(reference);
        JsonNode noas = await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(get(readerWithTask(caseAboutNoa),
                "/api/incidents/" + caseAboutNoa).getBody()), c -> c.hasNonNull("priorRequests"));
        assertThat(noas.at("/priorRequests/found").findValuesAsText("reference")).doesNotContain(reference);
    }

    @Test
    void aCaseAboutAnEmployeeShowsWhetherTheirChannelWasRegistered() throws Exception {
        String reference = submit("ijansen", Map.of("type", "STAFF_CHANNEL_NOTICE", "schoolId", "zonnewijzer",
                "platform", "YouTube", "channelName", "Meester Inge", "channelUrl", "https://www.youtube.com/@meesteringe",
                "audience", "ouders", "startDate", "2026-10-01")).get("reference").asText();
        Task acknowledge = openTask(reference);
        assertThat(TaskApi.complete(http, "ksmit", acknowledge.getId(), Map.of("decision", "ACKNOWLEDGED")).getStatusCode())
                .as("a school leader's channel is acknowledged by the board").isEqualTo(HttpStatus.NO_CONTENT);

        Map<String, Object> report = Reports.with(Reports.report("zonnewijzer", "UNPROFESSIONAL_CONDUCT", "EMPLOYEE", "NONE"),
                "contentUrl", "https://www.youtube.com/@meesteringe/videos");
        String caseReference = ReportApi.report(http, Reports.with(report, "offender", Map.of("role", "EMPLOYEE")));
        JsonNode view = await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(get(readerWithTask(caseReference),
                "/api/incidents/" + caseReference).getBody()), c -> c.hasNonNull("priorRequests"));
        assertThat(view.at("/priorRequests/kind").asText()).isEqualTo("STAFF_CHANNEL_NOTICE");
        assertThat(view.at("/priorRequests/found").findValuesAsText("reference")).containsExactly(reference);
    }

    @Test
    void afterTheRetentionPeriodARequestKeepsItsDecisionButNotWhatPeopleWrote() throws Exception {
        String reference = submit("avermeer", Map.of("type", "PUBLICATION_CHECK", "schoolId", "zonnewijzer",
                "draft", "Foto van Sam de Boer op het schoolplein", "capacity", "PERSONAL_TITLE")).get("reference").asText();
        assertThat(TaskApi.complete(http, "ijansen", openTask(reference).getId(), Map.of("decision", "DO_NOT_PUBLISH",
                "motivation", "Sam heeft geen toestemming voor sociale media")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForObject("select count(*) from audit_personal where reference = ?", Integer.class, reference))
                .isPositive();

        java.time.Instant now = java.time.Instant.now();
        assertThat(retention.anonymiseDue(now)).doesNotContain(reference);
        assertThat(retention.anonymiseDue(now.plus(Duration.ofDays(2 * 366 + 1)))).contains(reference);
        assertThat(retention.anonymiseDue(now.plus(Duration.ofDays(2 * 366 + 2)))).as("once").doesNotContain(reference);

        JsonNode after = read("avermeer", reference);
        assertThat(after.get("decision").asText()).isEqualTo("DO_NOT_PUBLISH");
        assertThat(after.get("decidedBy").asText()).isEqualTo("ijansen");
        assertThat(after.get("motivation").asText()).isEqualTo("[verwijderd]");
        assertThat(after.at("/details/capacity").asText()).isEqualTo("PERSONAL_TITLE");
        assertThat(after.toString()).doesNotContain("Sam de Boer", "schoolplein", "toestemming voor sociale media");
        assertThat(jdbc.queryForObject("select count(*) from audit_personal where reference = ?", Integer.class, reference))
                .isZero();
        assertThat(jdbc.queryForList("select kind from audit_entry where reference = ? order by seq", String.class, reference))
                .last().isEqualTo("ANONYMISED");
    }

    @Test
    void theSameIdempotencyKeyAgainIsTheSameRequestAndWithAnotherRequestIsRefused() throws Exception {
        Map<String, Object> body = Map.of("type", "PUBLICATION_CHECK", "schoolId", "zonnewijzer", "draft", "Nieuwsbrief december",
                "capacity", "ON_BEHALF_OF_BOARD");
        ResponseEntity<String> first = postWithKey("avermeer", body, "nieuwsbrief-12");
        ResponseEntity<String> again = postWithKey("avermeer", body, "nieuwsbrief-12");
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        String reference = JSON.readTree(first.getBody()).get("reference").asText();
        assertThat(JSON.readTree(again.getBody()).get("reference").asText()).isEqualTo(reference);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).count()).as("one process").isOne();

        ResponseEntity<String> other = postWithKey("avermeer", Map.of("type", "PUBLICATION_CHECK", "schoolId", "zonnewijzer",
                "draft", "Iets anders", "capacity", "ON_BEHALF_OF_BOARD"), "nieuwsbrief-12");
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(postWithKey("ijansen", body, "nieuwsbrief-12").getStatusCode()).as("keys are per caller")
                .isEqualTo(HttpStatus.CREATED);
        tasks.createTaskQuery().processInstanceBusinessKeyIn(reference).list().forEach(t ->
                TaskApi.complete(http, "ijansen", t.getId(), Map.of("decision", "PUBLISH", "motivation", "Goed")));
    }

    @Test
    void aRequestThatIsNotInOrderIsAnsweredWithEveryFieldToFix() throws Exception {
        ResponseEntity<String> answer = post("avermeer", "/api/requests", Map.of("type", "DEVICE_PERMISSION",
                "schoolId", "zonnewijzer", "device", "OTHER", "reason", "x".repeat(2001), "validFrom", "2026-13-01",
                "colour", "red"));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(JSON.readTree(answer.getBody()).get("errors").findValuesAsText("field"))
                .containsExactly("colour", "deviceDescription", "groupId", "pupilId", "reason", "validFrom");

        JsonNode unknownType = JSON.readTree(post("avermeer", "/api/requests", Map.of("type", "HOLIDAY")).getBody());
        assertThat(unknownType.get("errors").findValuesAsText("field")).containsExactly("schoolId", "type");
        assertThat(post("avermeer", "/api/requests", Map.of("type", "INTERN_POST_PERMISSION", "schoolId", "zonnewijzer",
                "platform", "x", "draftText", "y")).getStatusCode()).as("only an intern asks to post").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("ismits", "/api/requests", Map.of("type", "STAFF_CHANNEL_NOTICE", "schoolId", "zonnewijzer",
                "platform", "x", "channelName", "y", "audience", "z", "startDate", "2026-01-01")).getStatusCode())
                .as("an intern is not staff").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("ismits", "/api/requests", Map.of("type", "INTERN_POST_PERMISSION", "schoolId", "vlinderbos",
                "platform", "x", "draftText", "y")).getStatusCode()).as("another board's school").isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode otherSchoolsPupil = JSON.readTree(post("ismits", "/api/requests", Map.of("type", "INTERN_POST_PERMISSION",
                "schoolId", "zonnewijzer", "platform", "x", "draftText", "y", "pupilIds", List.of(999_999),
                "imageChannel", "WEBSITE")).getBody());
        assertThat(otherSchoolsPupil.get("errors").findValuesAsText("field")).containsExactly("pupilIds");
        assertThat(http.withBasicAuth("avermeer", "demo").postForEntity("/api/requests",
                new HttpEntity<>("{\"type\": \"PUBLICATION_CHECK\", \"draft\": \"" + "x".repeat(40_000) + "\"}", jsonHeaders()),
                String.class).getStatusCode()).as("a body over 32 KiB").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForEntity("/api/requests", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** Someone who holds the case's first task: they read it with names. */
    private String readerWithTask(String caseReference) {
        Task first = await().atMost(Duration.ofSeconds(30)).until(
                () -> tasks.createTaskQuery().processInstanceBusinessKey(caseReference).list().stream().findFirst().orElse(null),
                java.util.Objects::nonNull);
        String group = tasks.getIdentityLinksForTask(first.getId()).stream().map(l -> l.getGroupId())
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        return switch (group) {
            case "schoolleader_zonnewijzer" -> "ijansen";
            case "board_noorderkim" -> "ksmit";
            case "digicoach_noorderkimwest" -> "mbakker";
            case "antibullying_zonnewijzer", "carecoordinator_zonnewijzer" -> "lmulder";
            default -> throw new IllegalStateException("No demo reader for " + group);
        };
    }

    private long pupil(String name) {
        return jdbc.queryForObject("select id from pupil where school_id = 'zonnewijzer' and name = ?", Long.class, name);
    }

    private Task openTask(String reference) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
    }

    private JsonNode submit(String user, Map<String, Object> body) throws Exception {
        ResponseEntity<String> answer = post(user, "/api/requests", body);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return JSON.readTree(answer.getBody());
    }

    private JsonNode read(String user, String reference) throws Exception {
        ResponseEntity<String> answer = get(user, "/api/requests/" + reference);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return JSON.readTree(answer.getBody());
    }

    private List<String> register(String user, String name) throws Exception {
        ResponseEntity<String> answer = get(user, "/api/registers/" + name);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return JSON.readTree(answer.getBody()).findValuesAsText("reference");
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    private ResponseEntity<String> post(String user, String path) {
        return http.withBasicAuth(user, "demo").postForEntity(path, null, String.class);
    }

    private ResponseEntity<String> post(String user, String path, Map<String, Object> body) throws Exception {
        return http.withBasicAuth(user, "demo").postForEntity(path,
                new HttpEntity<>(JSON.writeValueAsString(new LinkedHashMap<>(body)), jsonHeaders()), String.class);
    }

    private ResponseEntity<String> postWithKey(String user, Map<String, Object> body, String key) throws Exception {
        HttpHeaders headers = jsonHeaders();
        headers.set("Idempotency-Key", key);
        return http.withBasicAuth(user, "demo").postForEntity("/api/requests",
                new HttpEntity<>(JSON.writeValueAsString(new LinkedHashMap<>(body)), headers), String.class);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
