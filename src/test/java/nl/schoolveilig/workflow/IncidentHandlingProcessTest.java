package nl.schoolveilig.workflow;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** Every path through bpmn/incident-handling.bpmn, with the real triage policy and a stub routing. */
@Deployment(resources = {"bpmn/incident-handling.bpmn", "bpmn/incident-triage.dmn"})
class IncidentHandlingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("process-test.camunda.cfg.xml").build();

    private ProcessEngine engine;

    @BeforeEach
    void routeByOwner() {
        engine = extension.getProcessEngine();
        init(engine);
        // The routing delegate maps the policy's triage owner onto a group of the school or board.
        Mocks.register("triageRouting", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> triage = (Map<String, Object>) execution.getVariable("triage");
            String owner = (String) triage.get("triageOwner");
            execution.setVariable("triageCandidateGroup",
                    owner.equals("BOARD_MEMBER") ? "board_noorderkim" : "schoolleader_zonnewijzer");
            execution.setVariable("triageDue", new java.util.Date());
        });
    }

    @AfterEach
    void clearMocks() {
        Mocks.reset();
    }

    @Test
    void aReportWaitsAsynchronouslyThenGoesToTheSchoolLeaderForTriageAndEnds() {
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "PUPIL");

        assertThat(instance).isWaitingAt("IncidentReported");
        execute(job(instance));

        assertThat(instance).hasPassed("SuggestSafetyAnswers", "FindTriageOwner").isWaitingAt("TriageIncident");
        assertThat(task()).hasCandidateGroup("schoolleader_zonnewijzer").hasDueDate(task().getDueDate());
        assertThat(instance).variables().containsKey("triage");

        complete(task());
        assertThat(instance).isEnded().hasPassed("IncidentTriaged");
    }

    @Test
    void aStaffSexualOffenceGoesToTheBoardForTriage() {
        ProcessInstance instance = start("SEXUAL_MISCONDUCT", "EMPLOYEE", "PUPIL");
        execute(job(instance));

        assertThat(instance).isWaitingAt("TriageIncident");
        assertThat(task()).hasCandidateGroup("board_noorderkim");
    }

    @Test
    void aReportAboutTheSchoolLeaderGoesToTheBoardForTriage() {
        ProcessInstance instance = start("UNPROFESSIONAL_CONDUCT", "SCHOOL_LEADER", "PARENT");
        execute(job(instance));

        assertThat(task()).hasCandidateGroup("board_noorderkim");
        assertThat(instance).isWaitingAt("TriageIncident");
    }

    private ProcessInstance start(String category, String offender, String victim) {
        return engine.getRuntimeService().createMessageCorrelation("incident-reported")
                .processInstanceBusinessKey("INC-2026-000001")
                .setVariables(Variables.createVariables()
                        .putValue("schoolId", "zonnewijzer").putValue("boardId", "noorderkim")
                        .putValue("category", category).putValue("offenderRole", offender)
                        .putValue("victimRole", victim)
                        .putValue("threatOfViolence", false).putValue("sexualImagesOfMinors", false)
                        .putValue("personalDataExposed", false).putValue("mediaAttention", false)
                        .putValue("inSchoolContext", false).putValue("contentOnline", false))
                .correlateStartMessage();
    }
}
