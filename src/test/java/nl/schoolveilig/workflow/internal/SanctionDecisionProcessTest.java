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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;


/**
 * bpmn/sanction-decision.bpmn with Noorderkim's real catalogue: the suggestion (higher when repeated),
 * the role that decides, and the suspension and expulsion that follow (the procedure stands in).
 */
@Deployment(resources = {"bpmn/sanction-decision.bpmn", "bpmn/sanctions-noorderkim.dmn"})
class SanctionDecisionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestBeans.coverage("expulsion-procedure");

    @RegisterExtension
    final ProcessTestBeans beans = new ProcessTestBeans(extension, "expulsion-procedure");

    private ProcessInstance start(String category, String offender, String severity) {
        Map<String, Object> variables = ProcessTestBeans.report(category, offender, "PUPIL", false);
        variables.put("severityDecision", severity);
        return beans.engine().getRuntimeService().startProcessInstanceByKey("sanction-decision", ProcessTestBeans.REFERENCE, variables);
    }

    @Test
    void aPupilsFirstOffenceIsATalkDecidedByTheSchoolLeader() {
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "MEDIUM");

        assertThat(instance).hasPassed("CountEarlierOffences", "SuggestSanction").isWaitingAt("DecideSanction");
        assertThat(task(instance)).hasCandidateGroup("school_leader_zonnewijzer");
        assertThat(instance).variables().containsEntry("suggestedMeasure", "TALK");
        complete(task(instance));

        assertThat(instance).isEnded().hasPassed("MeasureRecorded", "SanctionDecided");
    }

    @Test
    void anExternalOffenderGetsNoInternalMeasure() {
        ProcessInstance instance = start("THREAT", "EXTERNAL", "HIGH");

        assertThat(instance).isEnded().hasPassed("SuggestSanction", "NoInternalMeasure").hasNotPassed("DecideSanction");
    }

    @Test
    void aRepeatedOffenceRaisesThePupilsMeasureToASuspensionDecidedAndRecordedByTheBoard() {
        beans.earlierOffences = 2;
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "MEDIUM");

        assertThat(instance).variables().containsEntry("suggestedMeasure", "SUSPENSION");
        assertThat(task(instance)).hasCandidateGroup("board_member_zonnewijzer");
        complete(task(instance));

        assertThat(instance).isWaitingAt("RecordSuspension");
        complete(task(instance));
        assertThat(instance).isEnded().hasPassed("MeasureRecorded");
    }

    @Test
    void anExpulsionRunsTheProcedure() {
        beans.earlierOffences = 3;
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "MEDIUM");
        complete(task(instance), Map.of("measureDecision", "EXPULSION", "measureMotivation", "Derde keer binnen een jaar"));

        assertThat(instance).isWaitingAt("Expulsion");
        complete(beans.calledTask("expulsion-procedure"));

        assertThat(instance).isEnded().hasPassed("MeasureRecorded");
    }
}
