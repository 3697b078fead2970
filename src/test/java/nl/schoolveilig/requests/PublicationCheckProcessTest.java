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

/** bpmn/publication-check.bpmn: an employee asks the school leader, a school leader the board's communications. Coverage must be complete. */
@Deployment(resources = "bpmn/publication-check.bpmn")
class PublicationCheckProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = RequestProcessBeans.coverage();

    @RegisterExtension
    final RequestProcessBeans beans = new RequestProcessBeans(extension);
    @Test
    void anEmployeeInDoubtIsAdvisedByTheSchoolLeaderWithinASchoolDay() {
        ProcessInstance instance = beans.start("publication-check");
        assertThat(task(instance)).hasDefinitionKey("AdvisePublication").hasCandidateGroup("schoolleader_zonnewijzer")
                .hasDueDate(new Date(ClockUtil.getCurrentTime().getTime() + RequestProcessBeans.DAY));
        complete(task(instance));
        assertThat(instance).isEnded().hasPassed("AdviceGiven");
    }

    @Test
    void aSchoolLeaderInDoubtAsksTheBoardsCommunications() {
        beans.leaderOrBoardAsks = true;
        ProcessInstance instance = beans.start("publication-check");
        assertThat(task(instance)).hasDefinitionKey("AdviseAsCommunications").hasCandidateGroup("communications_zonnewijzer");
        complete(task(instance));
        assertThat(instance).isEnded().hasPassed("BoardAdviceGiven");
    }
}
