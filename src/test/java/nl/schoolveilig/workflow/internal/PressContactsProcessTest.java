package nl.schoolveilig.workflow.internal;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** bpmn/press-contacts.bpmn: communications and the team at the same time. */
@Deployment(resources = {"bpmn/press-contacts.bpmn"})
class PressContactsProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    private final ProcessTestBeans beans = new ProcessTestBeans();
    private ProcessEngine engine;

    @BeforeEach
    void registerBeans() {
        engine = extension.getProcessEngine();
        init(engine);
        beans.register();
    }

    @AfterEach
    void clearBeans() {
        Mocks.reset();
    }

    private ProcessInstance start(String process, Map<String, Object> variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(process, ProcessTestBeans.REFERENCE, variables);
    }

    private void runDueJobs() {
        CalledProcessStubs.runDueJobs(engine);
    }

    @Test
    void pressAttentionGoesToCommunicationsWhileTheLeaderBriefsTheTeam() {
        ProcessInstance instance = start("press-contacts", ProcessTestBeans.report("THREAT", "EXTERNAL", "SCHOOL", true));

        assertThat(instance).isWaitingAt("HandlePress", "BriefTeam");
        assertThat(task("HandlePress", instance)).hasCandidateGroup("communications_zonnewijzer");
        assertThat(task("BriefTeam", instance)).hasCandidateGroup("schoolleader_zonnewijzer");
        complete(task("HandlePress", instance));
        assertThat(instance).isWaitingAt("BriefTeam");
        complete(task("BriefTeam", instance));
        assertThat(instance).as("the join is a save point").isWaitingAt("PressJoin");
        runDueJobs();

        assertThat(instance).isEnded().hasPassed("PressHandled");
    }
}
