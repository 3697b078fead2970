package nl.schoolveilig.workflow.internal;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** bpmn/staff-sexual-offence.bpmn: the board's legal steps, in their order. */
@Deployment(resources = {"bpmn/staff-sexual-offence.bpmn"})
class StaffSexualOffenceProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestBeans.coverage();

    @RegisterExtension
    final ProcessTestBeans beans = new ProcessTestBeans(extension);

    @Test
    void theBoardConsultsDecidesInformsAndReportsInThatOrder() {
        beans.owner = "board_noorderkim";
        ProcessInstance instance = beans.start("staff-sexual-offence", ProcessTestBeans.report("SEXUAL_MISCONDUCT", "EMPLOYEE", "PUPIL", false));

        assertThat(instance).isWaitingAt("ConsultConfidentialInspector");
        assertThat(task(instance)).hasCandidateGroup("board_noorderkim");
        assertThat(task(instance).getDueDate())
                .isCloseTo(new Date(ClockUtil.getCurrentTime().getTime() + 4 * 3_600_000L), 60_000);
        complete(task(instance));
        complete(task("DecideReasonableSuspicion", instance), Map.of("reasonableSuspicion", "YES"));
        for (String step : List.of("InformAccused", "InformParentsOfOffence", "FilePoliceReport")) {
            assertThat(instance).isWaitingAt(step);
            assertThat(task(step, instance)).hasCandidateGroup("board_noorderkim");
            complete(task(step, instance));
        }
        assertThat(instance).isEnded().hasPassed("OffenceReported");
    }

    @Test
    void withoutReasonableSuspicionTheTrackEndsAfterTheDecision() {
        ProcessInstance instance = beans.start("staff-sexual-offence", ProcessTestBeans.report("SEXUAL_MISCONDUCT", "INTERN", "PUPIL", false));
        complete(task(instance));

        complete(task("DecideReasonableSuspicion", instance), Map.of("reasonableSuspicion", "NO"));

        assertThat(instance).isEnded().hasPassed("NoReasonableSuspicion").hasNotPassed("InformAccused");
    }
}
