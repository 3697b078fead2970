package nl.schoolveilig.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.schoolveilig.support.FromAddress;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.workflow.CaseTasks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who reaches what, as a matrix: every endpoint and page of ours, and the engine's REST API, Tasklist,
 * Cockpit and Admin, for every kind of person. A new endpoint without a row here fails the build.
 * Cases: {open} (a triage task {triage} for the Zonnewijzer leaders), {closed} (closed: school not
 * involved) and {removal} (open, with a content-removal task {removalTask} for the digicoach); requests
 * {channel} (a teacher's channel notice, acknowledged) and one still open with its task {requestTask}.
 * Concrete classes run it on H2 (the shared context) and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AccessMatrixContract {

    /** The people down the columns: anonymous, then each login (the last two: a teacher of Groep 5a and an intern). */
    private static final List<String> PEOPLE = List.of("anonymous", "ijansen", "pdevries", "evandijk", "mbakker",
            "ksmit", "fdejong", "jvermeulen", "integratie", "beheerder", "avermeer", "ismits");

    /**
     * mapping (for the enumeration; "-" for the engine and its webapps) | request | one status per person above.
     * Rows run top to bottom, each person left to right: a claim by the leader precedes the give-back row.
     */
    private static final String MATRIX = """
            GET /melden                  | GET /melden                                   | 200 200 200 200 200 200 200 200 200 200 200 200
            POST /melden                 | POST /melden                                  | 403 200 200 200 200 200 200 200 200 200 200 200
            GET /melden/ontvangen        | GET /melden/ontvangen                         | 302 302 302 302 302 302 302 302 302 302 302 302
            GET /maatregelen/{boardId}   | GET /maatregelen/noorderkim                   | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /login                   | GET /login                                    | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /login/onbekend          | GET /login/onbekend                           | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /privacyverklaring       | GET /privacyverklaring                        | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /toegankelijkheidsverklaring | GET /toegankelijkheidsverklaring          | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /                        | GET /                                         | 302 200 200 200 200 200 200 200 200 200 200 200
            GET /beheer/mail             | GET /beheer/mail                              | 302 403 403 403 403 403 403 403 403 200 403 403
            GET /beheer/organisatie      | GET /beheer/organisatie                       | 302 403 403 403 403 403 403 403 403 200 403 403
            POST /beheer/organisatie     | POST /beheer/organisatie                      | 403 403 403 403 403 403 403 403 403 200 403 403
            POST /api/directory/import   | POST /api/directory/import                    | 403 403 403 403 403 403 403 403 403 400 403 403
            -                            | GET /actuator/prometheus                      | 302 403 403 403 403 403 403 403 403 200 403 403
            -                            | GET /actuator/health                          | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /privacy/datalekken      | GET /privacy/datalekken                       | 302 200 200 200 200 200 200 200 200 200 200 200
            GET /privacy/datalekken/export | GET /privacy/datalekken/export              | 302 200 200 200 200 200 200 200 200 200 200 200
            GET /werk                    | GET /werk                                     | 302 200 200 200 200 200 200 200 200 200 200 200
            GET /werk/taken/{id}         | GET /werk/taken/{triage}                      | 302 200 404 404 404 404 404 404 404 404 404 404
            POST /werk/taken/{id}/claim  | POST /werk/taken/{triage}/claim               | 403 302 404 404 404 404 404 404 404 404 404 404
            POST /werk/taken/{id}/unclaim | POST /werk/taken/{triage}/unclaim            | 403 302 404 404 404 404 404 404 404 404 404 404
            POST /werk/taken/{id}        | POST /werk/taken/{triage} severityDecision=EXTREME | 403 400 404 404 404 404 404 404 404 404 404 404
            POST /api/incidents          | POST /api/incidents {}                        | 403 400 400 400 400 400 400 400 400 400 400 400
            GET /api/incidents/{reference} | GET /api/incidents/{open}                   | 401 200 404 404 404 200 404 404 404 404 404 404
            -                            | GET /api/incidents/{closed}                   | 401 200 404 404 404 200 404 200 404 404 404 404
            GET /zaken/{reference}/bewijs/{id} | GET /zaken/{open}/bewijs/{openFile}    | 302 200 404 404 404 404 404 404 404 404 404 404
            -                            | GET /zaken/{closed}/bewijs/{openFile}         | 302 404 404 404 404 404 404 404 404 404 404 404
            -                            | GET /api/incidents/{removal}                  | 401 200 404 404 200 200 404 404 404 404 404 404
            GET /api/audit/cases/{reference}/verify | GET /api/audit/cases/{open}/verify   | 401 200 404 404 404 200 404 404 404 404 404 404
            -                            | GET /api/audit/cases/{closed}/verify          | 401 200 404 404 404 200 404 200 404 404 404 404
            GET /api/cases               | GET /api/cases?q={open}                       | 401 200 200 200 200 200 200 200 200 200 200 200
            -                            | GET /api/cases?status=nirgends                | 401 400 400 400 400 400 400 400 400 400 400 400
            GET /zaken                   | GET /zaken?q={open}                           | 302 200 200 200 200 200 200 200 200 200 200 200
            GET /zaken/export            | GET /zaken/export?q={open}                    | 302 200 200 200 200 200 200 200 200 200 200 200
            GET /jaarverslag             | GET /jaarverslag?jaar=2026                    | 302 200 200 200 200 200 200 200 200 200 200 200
            GET /jaarverslag/export      | GET /jaarverslag/export                       | 302 200 200 200 200 200 200 200 200 200 200 200
            GET /overzicht               | GET /overzicht                                | 302 200 200 200 200 200 200 200 200 200 200 200
            GET /zaken/{reference}       | GET /zaken/{open}                             | 302 200 404 404 404 200 404 404 404 404 404 404
            -                            | GET /zaken/{closed}                           | 302 200 404 404 404 200 404 200 404 404 404 404
            -                            | GET /zaken/{removal}                          | 302 200 404 404 200 200 404 404 404 404 404 404
            GET /zaken/{reference}/diagrammen | GET /zaken/{open}/diagrammen             | 302 200 404 404 404 200 404 404 404 404 404 404
            GET /zaken/{reference}/diagram | GET /zaken/{open}/diagram?process={mainProcess} | 302 200 404 404 404 200 404 404 404 404 404 404
            GET /zaken/{reference}/tijdlijn.csv | GET /zaken/{closed}/tijdlijn.csv       | 302 200 404 404 404 200 404 200 404 404 404 404
            GET /zaken/{reference}/pdf   | GET /zaken/{closed}/pdf                       | 302 200 404 404 404 200 404 200 404 404 404 404
            GET /api/tasks               | GET /api/tasks                                | 401 200 200 200 200 200 200 200 200 200 200 200
            GET /api/tasks/{id}/case     | GET /api/tasks/{triage}/case                  | 401 200 404 404 404 404 404 404 404 404 404 404
            POST /api/tasks/{id}/claim   | POST /api/tasks/{triage}/claim {}             | 403 200 404 404 404 404 404 404 404 404 404 404
            POST /api/tasks/{id}/unclaim | POST /api/tasks/{triage}/unclaim {}           | 403 204 404 404 404 404 404 404 404 404 404 404
            POST /api/tasks/{id}/complete | POST /api/tasks/{triage}/complete {"nope":1} | 403 400 404 404 404 404 404 404 404 404 404 404
            -                            | POST /api/tasks/{removalTask}/complete {"nope":1} | 403 404 404 404 400 404 404 404 404 404 404 404
            GET /api/directory/schools   | GET /api/directory/schools                    | 401 200 200 200 200 200 200 200 200 200 200 200
            POST /api/directory/image-consent | POST /api/directory/image-consent csv:brin;leerlingnummer;naam;groep;website;sociale_media;nieuwsbrief;ouderapp\\n99ZA;matrix-1;Matrix Kind;Groep 5a;ja;ja;ja;ja\\n | 403 200 200 200 403 200 200 403 403 200 403 403
            GET /registers/beeldgebruik  | GET /registers/beeldgebruik                   | 302 200 200 200 200 200 200 200 200 200 200 200
            POST /registers/beeldgebruik | POST /registers/beeldgebruik                  | 403 400 400 400 400 400 400 400 400 400 400 400
            GET /registers/beeldgebruik/controle | GET /registers/beeldgebruik/controle?groep={group5a}&kanaal=WEBSITE | 302 200 200 200 200 200 200 200 200 200 200 200
            POST /api/requests           | POST /api/requests {}                         | 403 400 400 400 400 400 400 400 400 400 400 400
            -                            | POST /api/requests {"type":"PUBLICATION_CHECK","schoolId":"zonnewijzer","draft":"x","capacity":"PERSONAL_TITLE"} | 403 201 403 403 201 201 403 403 403 403 201 403
            GET /api/requests            | GET /api/requests                             | 401 200 200 200 200 200 200 200 200 200 200 200
            GET /api/requests/{reference} | GET /api/requests/{channel}                  | 401 200 404 404 404 200 404 404 404 404 200 404
            POST /api/requests/{reference}/end | POST /api/requests/{channel}/end        | 403 403 404 404 404 403 404 404 404 404 200 404
            GET /api/registers/staff-channels | GET /api/registers/staff-channels        | 401 200 200 200 200 200 200 200 200 200 200 200
            GET /api/registers/intern-permissions | GET /api/registers/intern-permissions | 401 200 200 200 200 200 200 200 200 200 200 200
            GET /api/registers/device-permissions | GET /api/registers/device-permissions | 401 200 200 200 200 200 200 200 200 200 200 200
            GET /melden/apparaat         | GET /melden/apparaat                          | 200 200 200 200 200 200 200 200 200 200 200 200
            POST /melden/apparaat        | POST /melden/apparaat                         | 403 200 200 200 200 200 200 200 200 200 200 200
            GET /melden/apparaat/ontvangen | GET /melden/apparaat/ontvangen              | 302 302 302 302 302 302 302 302 302 302 302 302
            GET /melden/volgen/{token}   | GET /melden/volgen/{followToken}              | 200 200 200 200 200 200 200 200 200 200 200 200
            GET /melden/volgen/{token}   | GET /melden/volgen/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA | 404 404 404 404 404 404 404 404 404 404 404 404
            POST /melden/volgen/{token}  | POST /melden/volgen/{followToken}             | 403 200 200 200 200 200 200 200 200 200 200 200
            GET /verzoeken               | GET /verzoeken                                | 302 200 200 200 200 200 200 200 200 200 200 200
            GET /verzoeken/nieuw         | GET /verzoeken/nieuw                          | 302 200 200 200 200 200 200 200 200 200 200 200
            GET /verzoeken/nieuw/{slug}  | GET /verzoeken/nieuw/kanaal                   | 302 200 200 200 200 200 200 403 403 403 200 403
            -                            | GET /verzoeken/nieuw/stagebericht             | 302 403 403 403 403 403 403 403 403 403 403 200
            POST /verzoeken/nieuw/{slug} | POST /verzoeken/nieuw/kanaal                  | 403 200 200 200 200 200 200 403 403 403 200 403
            GET /verzoeken/{reference}   | GET /verzoeken/{channel}                      | 302 200 404 404 404 200 404 404 404 404 200 404
            POST /verzoeken/{reference}/beeindigen | POST /verzoeken/{channel}/beeindigen | 403 403 404 404 404 403 404 404 404 404 409 404
            GET /registers/kanalen       | GET /registers/kanalen                        | 302 200 200 200 200 200 200 200 200 200 200 200
            GET /registers/stageberichten | GET /registers/stageberichten                | 302 200 200 200 200 200 200 200 200 200 200 200
            GET /registers/apparaten     | GET /registers/apparaten                      | 302 200 200 200 200 200 200 200 200 200 200 200
            -                            | GET /werk/taken/{requestTask}                 | 302 200 404 404 404 404 404 404 404 404 404 404
            -                            | GET /engine-rest/task                         | 401 200 200 200 200 200 200 200 200 200 200 200
            -                            | GET /engine-rest/task/{triage}                | 401 200 404 404 404 404 404 404 404 200 404 404
            -                            | GET /engine-rest/task/{triage}/variables      | 401 200 403 403 403 403 403 403 403 200 403 403
            -                            | PUT /engine-rest/task/{triage}/variables/matrixProbe {"value":"x"} | 403 403 403 403 403 403 403 403 403 204 403 403
            -                            | POST /engine-rest/task/{triage}/identity-links {"groupId":"matrixprobe","type":"candidate"} | 403 403 403 403 403 403 403 403 403 204 403 403
            -                            | POST /engine-rest/task/{triage}/assignee {"userId":"ijansen"} | 403 403 403 403 403 403 403 403 403 204 403 403
            -                            | GET /engine-rest/history/task?processInstanceBusinessKey={open} | 401 200 200 200 200 200 200 200 200 200 200 200
            -                            | GET /engine-rest/history/variable-instance    | 401 200 200 200 200 200 200 200 200 200 200 200
            -                            | POST /engine-rest/message {"messageName":"matrix-probe"} | 403 403 403 403 403 403 403 403 403 400 403 403
            -                            | POST /engine-rest/signal {"name":"matrix-probe"} | 403 403 403 403 403 403 403 403 403 204 403 403
            -                            | POST /engine-rest/deployment/create {}        | 403 403 403 403 403 403 403 403 403 415 403 403
            -                            | GET /camunda/app/tasklist/default/            | 302 200 200 200 200 200 200 200 200 200 200 200
            -                            | GET /camunda/app/cockpit/default/             | 302 403 403 403 403 403 403 403 403 200 403 403
            -                            | GET /camunda/app/admin/default/               | 302 403 403 403 403 403 403 403 403 200 403 403
            """;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks workflow;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate sql;
    @Autowired
    org.camunda.bpm.engine.RepositoryService repository;
    @Autowired
    org.camunda.bpm.engine.TaskService tasks;
    @Autowired
    nl.schoolveilig.incident.FollowLinks followLinks;
    @Autowired
    nl.schoolveilig.incident.EvidenceFiles evidenceFiles;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired
    nl.schoolveilig.incident.IncidentService incidents;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, String> fixtures = new LinkedHashMap<>();

    @BeforeAll
    void casesOpenClosedAndWithATaskForTheDigicoach() {
        String open = ReportApi.report(http, Reports.cyberbullying("zonnewijzer"));
        String closed = ReportApi.report(http, Reports.report("zonnewijzer", "OTHER", "EXTERNAL", "NONE"));
        String removal = ReportApi.report(http, Reports.cyberbullying("zonnewijzer"));
        fixtures.put("{open}", open);
        fixtures.put("{closed}", closed);
        fixtures.put("{removal}", removal);
        fixtures.put("{triage}", triageTaskOf(open));
        fixtures.put("{followToken}", followLinks.issue(incidents.find(open).orElseThrow().id()));
        fixtures.put("{openFile}", screenshotOn(open));
        fixtures.put("{group5a}", String.valueOf(sql.queryForObject(
                "select id from school_group where school_id = 'zonnewijzer' and name = 'Groep 5a'", Long.class)));
        fixtures.put("{mainProcess}", repository.createProcessDefinitionQuery().processDefinitionKey("incident-handling")
                .latestVersion().singleResult().getId());
        complete(triageTaskOf(closed), "{\"adviceToReporter\":\"Meld dit bij het platform.\"}");
        fixtures.put("{channel}", acknowledgedChannel());
        fixtures.put("{requestTask}", openRequestTask());
        complete(triageTaskOf(removal), "{}");
        // Closing after "school not involved" is the engine's work after the triage was saved.
        await().atMost(Duration.ofSeconds(30)).until(() -> http.withBasicAuth("ijansen", "demo")
                .getForObject("/api/incidents/" + closed, com.fasterxml.jackson.databind.JsonNode.class)
                .get("status").asText().equals("CLOSED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> workflow.openTasks(removal).stream()
                .anyMatch(t -> t.taskKey().equals("RemoveContent")));
        fixtures.put("{removalTask}", workflow.openTasks(removal).stream()
                .filter(t -> t.taskKey().equals("RemoveContent")).findFirst().orElseThrow().id());
    }

    @Test
    void everyEndpointAnswersEachPersonAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows()) {
            for (int person = 0; person < PEOPLE.size(); person++) {
                int actual = send(PEOPLE.get(person), row.request());
                if (actual != row.expected().get(person)) {
                    wrong.add("%s as %s: %d, expected %d".formatted(row.request(), PEOPLE.get(person), actual,
                            row.expected().get(person)));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyEndpointOfTheApplicationHasARow() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("nl.schoolveilig")) {
                info.getMethodsCondition().getMethods().forEach(http -> info.getPatternValues()
                        .forEach(pattern -> endpoints.add(http.name() + " " + pattern)));
            }
        });
        Set<String> inMatrix = new TreeSet<>();
        rows().forEach(row -> inMatrix.add(row.mapping()));

        assertThat(inMatrix).containsAll(endpoints);
        assertThat(endpoints).as("rows for endpoints that no longer exist").containsAll(
                inMatrix.stream().filter(m -> !m.equals("-")).toList());
    }

    private record Row(String mapping, String request, List<Integer> expected) {
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] cells = line.split("\\|");
            List<Integer> expected = new ArrayList<>();
            for (String status : cells[2].trim().split("\\s+")) {
                expected.add(Integer.parseInt(status));
            }
            assertThat(expected).as(line).hasSize(PEOPLE.size());
            rows.add(new Row(cells[0].trim(), cells[1].trim(), expected));
        }
        return rows;
    }

    private int send(String person, String request) {
        String resolved = request;
        for (var fixture : fixtures.entrySet()) {
            resolved = resolved.replace(fixture.getKey(), fixture.getValue());
        }
        String[] parts = resolved.split(" ", 3);
        String method = parts[0];
        String path = parts[1];
        String body = parts.length > 2 ? parts[2] : null;
        FromAddress client = new FromAddress("127.0.0.1", port);
        Map<String, String> headers = new LinkedHashMap<>();
        if (!person.equals("anonymous")) {
            headers.putAll(FromAddress.basic(person, "demo"));
        }
        if (path.startsWith("/actuator/prometheus")) {
            headers.put("Accept", "text/plain"); // as a Prometheus server asks
        }
        if (method.equals("GET")) {
            return client.get(path, headers).status();
        }
        if (body != null && body.startsWith("csv:")) {
            headers.put("Content-Type", "text/csv");
            return client.send(method, path, headers, body.substring("csv:".length()).replace("\\n", "\n")).status();
        }
        if (body != null && body.startsWith("{")) {
            headers.put("Content-Type", "application/json");
            return client.send(method, path, headers, body).status();
        }
        return client.postForm(path, headers, body == null ? "" : body).status();
    }

    /** A screenshot kept with the case, as the reporter would have sent it. */
    private String screenshotOn(String reference) {
        java.util.UUID incident = incidents.find(reference).orElseThrow().id();
        transactions.executeWithoutResult(status -> evidenceFiles.attach(incident, List.of(
                new nl.schoolveilig.incident.EvidenceFiles.Upload("scherm.png", nl.schoolveilig.support.EvidenceBytes.PNG)),
                "De melder"));
        return sql.queryForObject("select id from evidence_file where incident_id = ?", java.util.UUID.class, incident).toString();
    }

    /** A staff channel notice by the teacher of group 5a, acknowledged by the leader: in the register. */
    private String acknowledgedChannel() {
        String reference = newRequest("{\"type\":\"STAFF_CHANNEL_NOTICE\",\"schoolId\":\"zonnewijzer\",\"platform\":\"Instagram\","
                + "\"channelName\":\"Juf Anne\",\"audience\":\"ouders\",\"startDate\":\"2026-09-01\"}");
        complete(tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId(), "{\"decision\":\"ACKNOWLEDGED\"}");
        return reference;
    }

    /** An open channel notice: its task is for the Zonnewijzer leaders. */
    private String openRequestTask() {
        String reference = newRequest("{\"type\":\"STAFF_CHANNEL_NOTICE\",\"schoolId\":\"zonnewijzer\",\"platform\":\"TikTok\","
                + "\"channelName\":\"Meester Anne\",\"audience\":\"leerlingen\",\"startDate\":\"2026-09-01\"}");
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
    }

    private String newRequest(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var answer = http.withBasicAuth("avermeer", "demo").postForEntity("/api/requests", new HttpEntity<>(json, headers),
                com.fasterxml.jackson.databind.JsonNode.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(201);
        return answer.getBody().get("reference").asText();
    }

    private String triageTaskOf(String reference) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(reference).isEmpty());
        return workflow.openTasks(reference).get(0).id();
    }

    private void complete(String taskId, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth("ijansen", "demo").postForEntity("/api/tasks/" + taskId + "/complete",
                new HttpEntity<>(json, headers), String.class).getStatusCode().value()).isEqualTo(204);
    }
}
