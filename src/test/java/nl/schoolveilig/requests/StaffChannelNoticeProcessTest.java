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

/** bpmn/staff-channel-notice.bpmn: acknowledged, sent back for changes and acknowledged, a school leader's own to the board. Coverage must be complete. */
@Deployment(resources = "bpmn/staff-channel-notice.bpmn")
class StaffChannelNoticeProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = RequestProcessBeans.coverage();

    @RegisterExtension
    final RequestProcessBeans beans = new RequestProcessBeans(extension);
    @Test
    void anAcknowledgedChannelGoesIntoTheRegister() {
        ProcessInstance instance = beans.start("staff-channel-notice");
        assertThat(task(instance)).hasDefinitionKey("AcknowledgeChannel").hasCandidateGroup("schoolleader_zonnewijzer");
        beans.decision = "ACKNOWLEDGED";
        complete(task(instance));
        assertThat(instance).isEnded().hasPassed("ChannelRegistered");
    }

    @Test
    void aLeaderWhoAsksForChangesGetsTheNoticeBackAfterItsOwnerChangedIt() {
        ProcessInstance instance = beans.start("staff-channel-notice");
        beans.decision = "CHANGES_REQUESTED";
        complete(task(instance));
        assertThat(task(instance)).hasDefinitionKey("AdjustChannelNotice").hasCandidateUser("pdevries");
        complete(task(instance));
        assertThat(task(instance)).hasDefinitionKey("AcknowledgeChannel");
        beans.decision = "ACKNOWLEDGED";
        complete(task(instance));
        assertThat(instance).isEnded().hasPassed("AdjustChannelNotice", "ChannelRegistered");
    }

    @Test
    void aSchoolLeadersChannelIsAcknowledgedByTheBoard() {
        beans.leaderOrBoardAsks = true;
        ProcessInstance instance = beans.start("staff-channel-notice");
        assertThat(task(instance)).hasCandidateGroup("board_noorderkim");
    }
}
