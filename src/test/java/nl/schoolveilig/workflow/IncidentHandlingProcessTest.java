package nl.schoolveilig.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
@Deployment(resources = {"bpmn/incident-handling.bpmn", "bpmn/incident-triage.dmn", "bpmn/forms/triage-incident.form"})
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
            execution.setVariable("triageDue", new java.util.Date(ClockUtil.getCurrentTime().getTime() + 3_600_000));
        });
        Mocks.register("escalationRouting", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> triage = (Map<String, Object>) execution.getVariable("triage");
            execution.setVariable("escalationGroups", switch ((String) triage.get("escalateTo")) {
                case "BOARD_MEMBER" -> "board_noorderkim";
                case "DIGICOACH_AND_LEADER" -> "digicoach_noorderkimwest,schoolleader_zonnewijzer";
                default -> "";
            });
        });
    }

    /** Stands in for the Spring beans the process calls by expression. */
    public static class Recorder {

        final List<String> closed = new ArrayList<>();

        public void closeNotInvolved(DelegateExecution execution) {
            closed.add(execution.getProcessBusinessKey() + ": " + execution.getVariable("adviceToReporter"));
        }

        public void check(DelegateTask task, String form) {
            closed.add("checked " + form);
        }

        public void record(DelegateExecution execution, String taskKey, java.util.Date due, String group) {
            closed.add("missed " + taskKey + " of " + group);
        }
    }

    private final Recorder recorder = new Recorder();

    @BeforeEach
    void registerBeans() {
        Mocks.register("triageFormPreparation", new TriageFormPreparation());
        Mocks.register("caseClosing", recorder);
        Mocks.register("taskFormGuard", recorder);
        Mocks.register("missedDeadlines", recorder);
    }

    @AfterEach
    void clearMocks() {
        Mocks.reset();
    }

    @Test
    void aReportWaitsAsynchronouslyThenGoesToTheSchoolLeaderWithTheSuggestionsPrefilled() {
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "PUPIL");

        assertThat(instance).isWaitingAt("IncidentReported");
        execute(job(instance));

        assertThat(instance).hasPassed("SuggestSafetyAnswers", "FindTriageOwner", "PrepareTriageForm")
                .isWaitingAt("TriageIncident");
        assertThat(task()).hasCandidateGroup("schoolleader_zonnewijzer");
        assertThat(instance).variables().containsKey("triage")
                .containsEntry("suggestedSeverity", "MEDIUM").containsEntry("severityDecision", "MEDIUM")
                .containsEntry("suggestedSchoolInvolved", true).containsEntry("schoolInvolvedDecision", true);
    }

    @Test
    void whenTheSchoolIsInvolvedTheTriageEndsAsAssessed() {
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "PUPIL");
        execute(job(instance));

        complete(task());

        assertThat(instance).isEnded().hasPassed("IsSchoolInvolved", "IncidentTriaged").hasNotPassed("CloseWithAdvice");
        org.assertj.core.api.Assertions.assertThat(recorder.closed).containsExactly("checked triage-incident");
    }

    @Test
    void whenTheSchoolIsNotInvolvedTheCaseIsClosedWithAdviceToTheReporter() {
        ProcessInstance instance = start("OTHER", "EXTERNAL", "NONE");
        execute(job(instance));

        complete(task(), Variables.createVariables().putValue("schoolInvolvedDecision", false)
                .putValue("adviceToReporter", "Meld dit bij het platform."));

        assertThat(instance).isEnded().hasPassed("CloseWithAdvice", "ClosedNotInvolved");
        org.assertj.core.api.Assertions.assertThat(recorder.closed)
                .contains("INC-2026-000001: Meld dit bij het platform.");
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

    @Test
    void triageWithinTheTermEscalatesNothing() {
        ProcessInstance instance = start("THREAT", "PUPIL", "PUPIL", true);
        execute(job(instance));

        complete(task());

        assertThat(instance).isEnded().hasNotPassed("RecordMissedTriageDeadline", "EscalateTriage");
        org.assertj.core.api.Assertions.assertThat(engine.getManagementService().createJobQuery().count()).isZero();
    }

    @Test
    void aMissedCriticalTriageIsRecordedAndEscalatedToTheBoardWithoutInterruptingTheTriage() {
        ProcessInstance instance = start("THREAT", "PUPIL", "PUPIL", true);
        execute(job(instance));

        execute(job("TriageDeadlinePassed", instance));

        assertThat(instance).hasPassed("RecordMissedTriageDeadline", "FindEscalation")
                .isWaitingAt("TriageIncident", "EscalateTriage");
        assertThat(task("EscalateTriage", instance)).hasCandidateGroup("board_noorderkim");
        org.assertj.core.api.Assertions.assertThat(recorder.closed)
                .contains("missed TriageIncident of schoolleader_zonnewijzer");

        complete(task("TriageIncident", instance));

        assertThat(instance).as("the triage ends the escalation too").isEnded().hasPassed("TriageDone", "IncidentTriaged")
                .hasNotPassed("Escalated");
    }

    @Test
    void aMissedMediumTriageGoesToTheDigicoachAndTheLeaderWhoMayCloseTheEscalation() {
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "PUPIL");
        execute(job(instance));
        execute(job("TriageDeadlinePassed", instance));

        assertThat(task("EscalateTriage", instance)).hasCandidateGroup("digicoach_noorderkimwest")
                .hasCandidateGroup("schoolleader_zonnewijzer");
        complete(task("EscalateTriage", instance));

        assertThat(instance).hasPassed("Escalated").isWaitingAt("TriageIncident");
    }

    @Test
    void aMissedMinorTriageOnlyRemindsTheGroup() {
        ProcessInstance instance = start("DEVICE_RULES", "PUPIL", "NONE");
        execute(job(instance));
        execute(job("TriageDeadlinePassed", instance));

        assertThat(instance).hasPassed("Reminded").hasNotPassed("EscalateTriage").isWaitingAt("TriageIncident");
    }

    private ProcessInstance start(String category, String offender, String victim) {
        return start(category, offender, victim, false);
    }

    private ProcessInstance start(String category, String offender, String victim, boolean threatOfViolence) {
        return engine.getRuntimeService().createMessageCorrelation("incident-reported")
                .processInstanceBusinessKey("INC-2026-000001")
                .setVariables(Variables.createVariables()
                        .putValue("schoolId", "zonnewijzer").putValue("boardId", "noorderkim")
                        .putValue("category", category).putValue("offenderRole", offender)
                        .putValue("victimRole", victim)
                        .putValue("threatOfViolence", threatOfViolence).putValue("sexualImagesOfMinors", false)
                        .putValue("personalDataExposed", false).putValue("mediaAttention", false)
                        .putValue("inSchoolContext", false).putValue("contentOnline", false))
                .correlateStartMessage();
    }
}
