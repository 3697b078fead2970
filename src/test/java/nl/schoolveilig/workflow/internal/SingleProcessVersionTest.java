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
 * Cases started before the tracks became processes of their own run on the definition they started
 * with (docs/decisions.md, "Process versions"): that single-process version, as it was deployed, still
 * runs to its close with the beans it calls. ProcessExpressionsTest checks the real beans still
 * answer every expression it uses.
 */
@Deployment(resources = {"legacy/incident-handling-single-process.bpmn", "bpmn/incident-triage-noorderkim.dmn",
        "bpmn/sanctions-noorderkim.dmn"})
class SingleProcessVersionTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestBeans.coverageReportOnly();

    @RegisterExtension
    final ProcessTestBeans beans = new ProcessTestBeans(extension);

    @Test
    void aCaseOfTheSingleProcessVersionStillRunsToItsClose() {
        ProcessInstance instance = beans.engine().getRuntimeService().createMessageCorrelation("incident-reported")
                .processInstanceBusinessKey(ProcessTestBeans.REFERENCE)
                .setVariables(ProcessTestBeans.report("DATA_BREACH", "EMPLOYEE", "PUPIL", false)).correlateStartMessage();
        execute(job(instance));
        complete(task("TriageIncident", instance), Map.of("informParentsDecision", false, "policeDecision", "NO",
                "victimCareDecision", false, "contentRemovalDecision", false, "pressDecision", false,
                "privacyAssessmentDecision", true));
        complete(task("AssessBreach", instance), Map.of("breachConfirmed", "YES", "breachReportable", "YES",
                "breachHighRisk", "NO"));
        execute(job("AuthorityDeadlineNear", instance));
        complete(task("WarnBoardAboutBreach", instance));
        complete(task("NotifyAuthority", instance), Map.of("authorityReference", "AP-1"));

        assertThat(instance).hasPassed("RegisterBreach", "RecordAuthorityNotice", "AllTracksDone");
        assertThat(instance).isWaitingAt("DecideSanction");
        complete(task("DecideSanction", instance));
        complete(task("CloseCase", instance), Map.of("closingSummary", "Gemeld bij de AP."));
        assertThat(instance).isEnded().hasPassed("CaseClosed");
        assertThat(beans.recorded).contains("registered breach, reportable YES", "notified AP-1",
                "completed INC-2026-000001: Gemeld bij de AP.");
    }
}
