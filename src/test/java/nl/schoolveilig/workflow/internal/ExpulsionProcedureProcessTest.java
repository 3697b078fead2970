package nl.schoolveilig.workflow.internal;

import java.util.Date;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** bpmn/expulsion-procedure.bpmn: hearing, eight weeks to find another school, the decision and the objection window. */
@Deployment(resources = {"bpmn/expulsion-procedure.bpmn"})
class ExpulsionProcedureProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestBeans.coverage();

    @RegisterExtension
    final ProcessTestBeans beans = new ProcessTestBeans(extension);

    @Test
    void anExpulsionRunsTheProcedureWithItsLegalTerms() {
        ProcessInstance instance = beans.start("expulsion-procedure", ProcessTestBeans.report("CYBERBULLYING", "PUPIL", "PUPIL", false));

        assertThat(instance).isWaitingAt("HearTeacherAndParents");
        assertThat(task(instance)).hasCandidateGroup("board_member_zonnewijzer");
        complete(task(instance));
        assertThat(instance).isWaitingAt("FindAnotherSchool");
        assertThat(job("EightWeeksPassed", instance).getDuedate()).as("eight calendar weeks")
                .isCloseTo(new Date(ClockUtil.getCurrentTime().getTime() + 56L * 24 * 3600 * 1000), 3_600_000);
        execute(job("EightWeeksPassed", instance));
        assertThat(beans.recorded).containsExactly("missed FindAnotherSchool of INC-2026-000001");
        assertThat(instance).hasPassed("SearchTermRecorded").isWaitingAt("FindAnotherSchool");
        complete(task("FindAnotherSchool", instance));
        complete(task("DecideOnExpulsion", instance), Map.of("expulsionDecision", "EXPEL"));
        assertThat(instance).isWaitingAt("ObjectionWindowEnded");
        assertThat(job(instance).getDuedate()).as("six calendar weeks")
                .isCloseTo(new Date(ClockUtil.getCurrentTime().getTime() + 42L * 24 * 3600 * 1000), 3_600_000);
        execute(job(instance));
        complete(task("HandleObjection", instance));

        assertThat(instance).isEnded().hasPassed("ExpulsionDone");
    }

    @Test
    void whenTheBoardDecidesAgainstExpulsionThePupilStays() {
        ProcessInstance instance = beans.start("expulsion-procedure", ProcessTestBeans.report("CYBERBULLYING", "PUPIL", "PUPIL", false));
        complete(task(instance));
        complete(task("FindAnotherSchool", instance));

        complete(task("DecideOnExpulsion", instance), Map.of("expulsionDecision", "KEEP"));

        assertThat(instance).isEnded().hasPassed("NotExpelled").hasNotPassed("ObjectionWindowEnded");
    }
}
