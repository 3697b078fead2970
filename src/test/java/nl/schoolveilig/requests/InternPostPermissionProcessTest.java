package nl.schoolveilig.requests;

import java.util.Date;

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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** bpmn/intern-post-permission.bpmn: decided in time, reminded after the term, taken over by the school leader a day later. Coverage must be complete. */
@Deployment(resources = "bpmn/intern-post-permission.bpmn")
class InternPostPermissionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = RequestProcessBeans.coverage();

    @RegisterExtension
    final RequestProcessBeans beans = new RequestProcessBeans(extension);
    @Test
    void theSupervisorDecidesOnAnInternsPostWithinTwoSchoolDays() {
        ProcessInstance instance = beans.start("intern-post-permission");
        assertThat(task(instance)).hasDefinitionKey("DecideInternPost").hasCandidateUser("sdekker")
                .hasDueDate(new Date(ClockUtil.getCurrentTime().getTime() + 2 * RequestProcessBeans.DAY));
        complete(task(instance));
        assertThat(instance).isEnded().hasPassed("PostDecided");
        assertThat(beans.missed).isEmpty();
    }

    @Test
    void aMissedTermRemindsTheSupervisorWhoMayStillDecide() {
        ProcessInstance instance = beans.start("intern-post-permission");
        execute(jobQuery().processInstanceId(instance.getId()).activityId("SupervisorTermPassed").singleResult());
        assertThat(beans.missed).containsExactly("DecideInternPost of VZ-2026-000001");
        assertThat(instance).hasPassed("SupervisorReminded").isWaitingAt("DecideInternPost");
        complete(task(instance));
        assertThat(instance).isEnded().hasPassed("PostDecided");
    }

    @Test
    void aDayAfterTheReminderTheSchoolLeaderDecidesInstead() {
        ProcessInstance instance = beans.start("intern-post-permission");
        execute(jobQuery().processInstanceId(instance.getId()).activityId("SupervisorTermPassed").singleResult());
        execute(jobQuery().processInstanceId(instance.getId()).activityId("LeaderTakesOver").singleResult());
        assertThat(task(instance)).hasDefinitionKey("DecideInternPostAsLeader").hasCandidateGroup("schoolleader_zonnewijzer");
        complete(task(instance));
        assertThat(instance).isEnded().hasPassed("PostDecidedByLeader").hasNotPassed("PostDecided");
    }
}
