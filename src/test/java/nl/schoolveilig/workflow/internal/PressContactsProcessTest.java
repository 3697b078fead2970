package nl.schoolveilig.workflow.internal;


import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** bpmn/press-contacts.bpmn: communications and the team at the same time. */
@Deployment(resources = {"bpmn/press-contacts.bpmn"})
class PressContactsProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestBeans.coverage();

    @RegisterExtension
    final ProcessTestBeans beans = new ProcessTestBeans(extension);

    @Test
    void pressAttentionGoesToCommunicationsWhileTheLeaderBriefsTheTeam() {
        ProcessInstance instance = beans.start("press-contacts", ProcessTestBeans.report("THREAT", "EXTERNAL", "SCHOOL", true));

        assertThat(instance).isWaitingAt("HandlePress", "BriefTeam");
        assertThat(task("HandlePress", instance)).hasCandidateGroup("communications_zonnewijzer");
        assertThat(task("BriefTeam", instance)).hasCandidateGroup("schoolleader_zonnewijzer");
        complete(task("HandlePress", instance));
        assertThat(instance).isWaitingAt("BriefTeam");
        complete(task("BriefTeam", instance));
        assertThat(instance).as("the join is a save point").isWaitingAt("PressJoin");
        beans.runDueJobs();

        assertThat(instance).isEnded().hasPassed("PressHandled");
    }
}
