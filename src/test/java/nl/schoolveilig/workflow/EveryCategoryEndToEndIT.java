package nl.schoolveilig.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolveilig.support.CaseProcesses;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
 * One report per category, taken through the REST API and the task API to a closed case: the triage
 * owner confirms the policy's suggestions, every task is completed by someone of its group with the
 * fields its form asks for (the first choice, ticked boxes; timers are fired by the engine), and the test checks which roles got which
 * tasks.
 */
@SharedContextTest
class EveryCategoryEndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Who works for which group at the demo school De Zonnewijzer (board Noorderkim). */
    private static final Map<String, String> PEOPLE = Map.of(
            "schoolleader_zonnewijzer", "ijansen", "board_noorderkim", "ksmit",
            "digicoach_noorderkimwest", "mbakker", "privacyofficer_noorderkimwest", "rvisser",
            "communications_noorderkim", "tmeijer", "carecoordinator_zonnewijzer", "lmulder",
            "internsupervisor_zonnewijzer", "sdekker");

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks workflow;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;

    @ParameterizedTest(name = "{0} by {1} against {2}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # category               | offender      | victim   | facts                                  | expected tasks (key@group)
            CYBERBULLYING            | PUPIL         | PUPIL    | contentOnline                          | InformParents@schoolleader_zonnewijzer RemoveContent@digicoach_noorderkimwest CheckAftercare@schoolleader_zonnewijzer DecideSanction@schoolleader_zonnewijzer
            THREAT                   | PUPIL         | EMPLOYEE | threatOfViolence                       | RecordPoliceReport@schoolleader_zonnewijzer TalkWithVictim@schoolleader_zonnewijzer DecideSanction@board_noorderkim RecordSuspension@board_noorderkim
            SEXUAL_MISCONDUCT        | EMPLOYEE      | PUPIL    |                                        | TriageIncident@board_noorderkim ConsultConfidentialInspector@board_noorderkim FilePoliceReport@board_noorderkim DecideSanction@board_noorderkim CloseCase@board_noorderkim
            IMAGE_WITHOUT_CONSENT    | EMPLOYEE      | PUPIL    | contentOnline                          | AssessBreach@privacyofficer_noorderkimwest RemoveContent@digicoach_noorderkimwest DecideSanction@schoolleader_zonnewijzer
            DATA_BREACH              | EMPLOYEE      | PUPIL    | personalDataExposed                    | AssessBreach@privacyofficer_noorderkimwest NotifyAuthority@privacyofficer_noorderkimwest InformDataSubjects@privacyofficer_noorderkimwest
            CONFIDENTIAL_INFORMATION | SCHOOL_LEADER | SCHOOL   | mediaAttention                         | TriageIncident@board_noorderkim HandlePress@communications_noorderkim BriefTeam@board_noorderkim DecideSanction@board_noorderkim
            UNPROFESSIONAL_CONDUCT   | INTERN        | PARENT   |                                        | TalkWithVictim@schoolleader_zonnewijzer DecideSanction@internsupervisor_zonnewijzer
            DEFAMATION               | PARENT        | EMPLOYEE |                                        | RecordPoliceReport@schoolleader_zonnewijzer TalkWithVictim@schoolleader_zonnewijzer DecideSanction@schoolleader_zonnewijzer
            COPYRIGHT                | EMPLOYEE      | NONE     |                                        | DecideSanction@schoolleader_zonnewijzer CloseCase@schoolleader_zonnewijzer
            DEVICE_RULES             | PUPIL         | NONE     |                                        | InformParents@schoolleader_zonnewijzer DecideSanction@schoolleader_zonnewijzer
            OTHER                    | EXTERNAL      | SCHOOL   | inSchoolContext                        | TriageIncident@schoolleader_zonnewijzer CloseCase@schoolleader_zonnewijzer
            """)
    void aReportOfThisCategoryEndsAsAClosedCaseWithTheRightPeopleInvolved(String category, String offender,
            String victim, String fact, String expected) throws Exception {
        Map<String, Object> report = Reports.report("zonnewijzer", category, offender, victim);
        report.put("facts", fact == null ? Map.of() : Map.of(fact, true));
        String reference = ReportApi.report(http, report);
        await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(reference).isEmpty());
        String processInstance = CaseProcesses.main(runtime, reference);

        for (int step = 0; step < 80 && isRunning(processInstance); step++) {
            List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(reference).initializeFormKeys().list();
            if (!open.isEmpty()) {
                complete(open.get(0));
            } else if (CaseProcesses.timers(runtime, management, reference).isEmpty()) {
                // The engine's own work after a save point: the job executor is on it.
                await().atMost(Duration.ofSeconds(30)).until(() -> !isRunning(processInstance)
                        || tasks.createTaskQuery().processInstanceBusinessKey(reference).count() > 0
                        || !CaseProcesses.timers(runtime, management, reference).isEmpty());
            } else {
                Job timer = CaseProcesses.timers(runtime, management, reference).get(0);
                management.executeJob(timer.getId());
            }
        }

        JsonNode view = http.withBasicAuth("ksmit", "demo").getForObject("/api/incidents/" + reference, JsonNode.class);
        assertThat(view.get("status").asText()).isEqualTo("CLOSED");
        assertThat(view.at("/closing/reason").asText()).isEqualTo("COMPLETED");
        Set<String> worked = new LinkedHashSet<>();
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference).list()) {
            history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).list().stream()
                    .filter(link -> link.getGroupId() != null)
                    .forEach(link -> worked.add(task.getTaskDefinitionKey() + "@" + link.getGroupId()));
        }
        assertThat(worked).contains(expected.split(" "));
    }

    private boolean isRunning(String processInstance) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstance).count() > 0;
    }

    /** Completes a task as a member of its group, filling what its form requires that is not filled yet. */
    private void complete(Task task) throws IOException {
        String group = tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> l.getGroupId() != null)
                .map(l -> l.getGroupId()).findFirst().orElseThrow();
        String user = PEOPLE.get(group);
        assertThat(user).as("someone works for " + group).isNotNull();
        Map<String, Object> current = tasks.getVariablesTyped(task.getId(), false);
        Map<String, Object> fields = new LinkedHashMap<>();
        if (task.getCamundaFormRef() != null && !task.getTaskDefinitionKey().equals("TriageIncident")) {
            for (JsonNode field : form(task.getCamundaFormRef().getKey()).path("components")) {
                String key = field.path("key").asText(null);
                if (key == null || field.path("disabled").asBoolean() || current.get(key) != null) {
                    continue;
                }
                switch (field.path("type").asText()) {
                    case "select", "radio" -> fields.put(key, field.path("values").get(0).path("value").asText());
                    case "checkbox" -> fields.put(key, true);
                    case "datetime" -> fields.put(key, java.time.LocalDate.now().toString());
                    default -> fields.put(key, "Ingevuld door de test");
                }
            }
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").postForEntity(
                "/api/tasks/" + task.getId() + "/complete", new HttpEntity<>(Reports.json(fields), headers), String.class);
        assertThat(response.getStatusCode()).as(task.getTaskDefinitionKey() + ": " + response.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private final Map<String, JsonNode> forms = new HashMap<>();

    private JsonNode form(String id) throws IOException {
        if (!forms.containsKey(id)) {
            try (InputStream in = getClass().getResourceAsStream("/bpmn/forms/" + id + ".form")) {
                forms.put(id, JSON.readTree(in));
            }
        }
        return forms.get(id);
    }
}
