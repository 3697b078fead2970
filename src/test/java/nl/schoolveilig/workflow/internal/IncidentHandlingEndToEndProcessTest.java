package nl.schoolveilig.workflow.internal;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;


/**
 * All BPMN files together, as deployed: a case runs from the report through the real triage, its
 * tracks and the sanction (with the expulsion procedure two calls deep) to the close. The paths of
 * each file are tested in that file's own test.
 */
@Deployment(resources = {"bpmn/incident-handling.bpmn", "bpmn/triage-within-term.bpmn", "bpmn/victim-care.bpmn",
        "bpmn/press-contacts.bpmn", "bpmn/data-breach.bpmn", "bpmn/staff-sexual-offence.bpmn", "bpmn/meldcode.bpmn",
        "bpmn/sanction-decision.bpmn", "bpmn/expulsion-procedure.bpmn",
        "bpmn/incident-triage-noorderkim.dmn", "bpmn/sanctions-noorderkim.dmn"})
class IncidentHandlingEndToEndProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestBeans.coverageReportOnly();

    @RegisterExtension
    final ProcessTestBeans beans = new ProcessTestBeans(extension);

    @Test
    void aCaseRunsThroughTheCalledProcessesAndBackToItsClose() {
        beans.earlierOffences = 3;
        ProcessInstance instance = beans.engine().getRuntimeService().createMessageCorrelation("incident-reported")
                .processInstanceBusinessKey(ProcessTestBeans.REFERENCE)
                .setVariables(ProcessTestBeans.report("CYBERBULLYING", "PUPIL", "PUPIL", false)).correlateStartMessage();
        execute(job(instance));

        var triage = beans.engine().getTaskService().createTaskQuery().taskDefinitionKey("TriageIncident").singleResult();
        assertThat(triage.getProcessInstanceId()).as("the triage runs in its own process").isNotEqualTo(instance.getId());
        assertThat(beans.engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(triage.getProcessInstanceId())
                .singleResult().getBusinessKey()).as("under the case's reference").isEqualTo(ProcessTestBeans.REFERENCE);
        complete(triage, Map.of("informParentsDecision", false, "policeDecision", "NO", "victimCareDecision", true,
                "contentRemovalDecision", false, "pressDecision", false, "privacyAssessmentDecision", false));

        complete(onlyTask("TalkWithVictim"));
        execute(beans.engine().getManagementService().createJobQuery().activityId("AftercareDue").singleResult());
        complete(onlyTask("CheckAftercare"));
        beans.runDueJobs();
        assertThat(instance).hasPassed("Triage", "VictimCare", "AllTracksDone").isWaitingAt("Sanction");

        complete(onlyTask("DecideSanction"), Map.of("measureDecision", "EXPULSION"));
        complete(onlyTask("HearTeacherAndParents"));
        complete(onlyTask("FindAnotherSchool"));
        complete(onlyTask("DecideOnExpulsion"), Map.of("expulsionDecision", "KEEP"));
        assertThat(instance).hasPassed("Sanction").isWaitingAt("CloseCase");

        complete(task(instance), Map.of("closingSummary", "Gesprek gevoerd, leerling blijft."));
        beans.runDueJobs();
        assertThat(instance).isEnded().hasPassed("CaseClosed");
        assertThat(beans.engine().getRuntimeService().createProcessInstanceQuery().count()).as("no called process left").isZero();
        assertThat(beans.recorded).contains("completed INC-2026-000001: Gesprek gevoerd, leerling blijft.");
    }

    private org.camunda.bpm.engine.task.Task onlyTask(String key) {
        return beans.engine().getTaskService().createTaskQuery().taskDefinitionKey(key).singleResult();
    }
}
