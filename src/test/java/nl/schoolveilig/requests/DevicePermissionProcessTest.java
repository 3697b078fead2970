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

/** bpmn/device-permission.bpmn: the group's teachers or the school leader decide. Coverage must be complete. */
@Deployment(resources = "bpmn/device-permission.bpmn")
class DevicePermissionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = RequestProcessBeans.coverage();

    @RegisterExtension
    final RequestProcessBeans beans = new RequestProcessBeans(extension);
    @Test
    void theTeacherOfTheGroupOrTheSchoolLeaderDecidesOnASmartDevice() {
        ProcessInstance instance = beans.start("device-permission");
        assertThat(task(instance)).hasDefinitionKey("DecideDevicePermission").hasCandidateUser("avermeer")
                .hasCandidateGroup("schoolleader_zonnewijzer");
        complete(task(instance));
        assertThat(instance).isEnded().hasPassed("DevicePermissionDecided");
    }
}
