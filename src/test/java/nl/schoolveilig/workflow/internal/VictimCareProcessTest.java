package nl.schoolveilig.workflow.internal;

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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** bpmn/victim-care.bpmn: a conversation with the victim, and the aftercare check after the board's term. */
@Deployment(resources = {"bpmn/victim-care.bpmn"})
class VictimCareProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestBeans.coverage();

    @RegisterExtension
    final ProcessTestBeans beans = new ProcessTestBeans(extension);

    @Test
    void victimCareIsAConversationAndAnAftercareCheckTwoWeeksLater() {
        ProcessInstance instance = beans.start("victim-care", ProcessTestBeans.report("CYBERBULLYING", "PUPIL", "PUPIL", false));

        assertThat(instance).isWaitingAt("TalkWithVictim");
        assertThat(task(instance)).hasCandidateGroup("schoolleader_zonnewijzer");
        complete(task(instance));
        assertThat(instance).isWaitingAt("AftercareDue");
        assertThat(job(instance).getDuedate())
                .isCloseTo(new Date(ClockUtil.getCurrentTime().getTime() + 14L * 24 * 3600 * 1000), 60_000);
        execute(job(instance));
        assertThat(instance).isWaitingAt("CheckAftercare");
        complete(task(instance));

        assertThat(instance).isEnded().hasPassed("VictimCared");
    }
}
