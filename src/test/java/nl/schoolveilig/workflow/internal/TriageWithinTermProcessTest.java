package nl.schoolveilig.workflow.internal;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;


/** bpmn/triage-within-term.bpmn: the owner the policy names triages within the term; a missed term escalates as the policy says. */
@Deployment(resources = {"bpmn/triage-within-term.bpmn"})
class TriageWithinTermProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestBeans.coverage();

    @RegisterExtension
    final ProcessTestBeans beans = new ProcessTestBeans(extension);

    /** Starts the triage with what the policy would have answered. */
    private ProcessInstance start(String owner, String escalateTo) {
        Map<String, Object> variables = ProcessTestBeans.report("CYBERBULLYING", "PUPIL", "PUPIL", false);
        variables.put("triage", Variables.objectValue(new java.util.HashMap<>(Map.of("triageOwner", owner,
                "escalateTo", escalateTo, "severity", "MEDIUM", "schoolInvolved", true))).create());
        return beans.engine().getRuntimeService().startProcessInstanceByKey("triage-within-term", ProcessTestBeans.REFERENCE, variables);
    }

    @Test
    void theOwnerThePolicyNamesTriagesWithTheSuggestionsPrefilled() {
        ProcessInstance instance = start("SCHOOL_LEADER", "NONE");

        assertThat(instance).hasPassed("FindTriageOwner", "PrepareTriageForm").isWaitingAt("TriageIncident");
        assertThat(task(instance)).hasCandidateGroup("schoolleader_zonnewijzer");
        assertThat(instance).variables().containsEntry("suggestedSeverity", "MEDIUM").containsEntry("severityDecision", "MEDIUM")
                .containsEntry("suggestedSchoolInvolved", true).containsEntry("meldcodeDecision", false);
    }

    @Test
    void aLegalTrackGoesToTheBoardForTriage() {
        ProcessInstance instance = start("BOARD_MEMBER", "NONE");

        assertThat(task(instance)).hasCandidateGroup("board_noorderkim");
    }

    @Test
    void triageWithinTheTermEscalatesNothing() {
        ProcessInstance instance = start("SCHOOL_LEADER", "BOARD_MEMBER");

        complete(task(instance));

        assertThat(instance).isEnded().hasPassed("TriageDone").hasNotPassed("RecordMissedTriageDeadline", "EscalateTriage");
        assertThat(beans.engine().getManagementService().createJobQuery().count()).as("the deadline timer is gone").isZero();
    }

    @Test
    void aMissedTriageIsRecordedAndEscalatedWithoutInterruptingTheTriageWhichEndsTheEscalationToo() {
        ProcessInstance instance = start("SCHOOL_LEADER", "BOARD_MEMBER");

        execute(job("TriageDeadlinePassed", instance));

        assertThat(instance).hasPassed("RecordMissedTriageDeadline", "FindEscalation")
                .isWaitingAt("TriageIncident", "EscalateTriage");
        assertThat(task("EscalateTriage", instance)).hasCandidateGroup("board_noorderkim");
        assertThat(beans.recorded).containsExactly("missed TriageIncident of INC-2026-000001");

        complete(task("TriageIncident", instance));

        assertThat(instance).as("the triage ends the escalation too").isEnded().hasPassed("TriageDone").hasNotPassed("Escalated");
    }

    @Test
    void aMissedMediumTriageGoesToTheDigicoachAndTheLeaderWhoMayCloseTheEscalation() {
        ProcessInstance instance = start("SCHOOL_LEADER", "DIGICOACH_AND_LEADER");
        execute(job("TriageDeadlinePassed", instance));

        assertThat(task("EscalateTriage", instance)).hasCandidateGroup("digicoach_noorderkimwest")
                .hasCandidateGroup("schoolleader_zonnewijzer");
        complete(task("EscalateTriage", instance));

        assertThat(instance).hasPassed("Escalated").isWaitingAt("TriageIncident");
    }

    @Test
    void aMissedMinorTriageOnlyRemindsTheGroup() {
        ProcessInstance instance = start("SCHOOL_LEADER", "NONE");
        execute(job("TriageDeadlinePassed", instance));

        assertThat(instance).hasPassed("Reminded").hasNotPassed("EscalateTriage").isWaitingAt("TriageIncident");
    }
}
