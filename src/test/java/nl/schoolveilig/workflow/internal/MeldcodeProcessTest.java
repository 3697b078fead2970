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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** bpmn/meldcode.bpmn: the five steps, help with its own term, and weighing again when help did not work. */
@Deployment(resources = {"bpmn/meldcode.bpmn"})
class MeldcodeProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestBeans.coverage();

    @RegisterExtension
    final ProcessTestBeans beans = new ProcessTestBeans(extension);

    private ProcessInstance startAndWeigh() {
        ProcessInstance instance = beans.start("meldcode", ProcessTestBeans.report("OTHER", "PARENT", "PUPIL", false));
        assertThat(task(instance)).hasCandidateGroup("care_coordinator_zonnewijzer");
        for (String step : List.of("MapSignals", "ConsultColleague", "TalkWithParentsAboutSignals", "WeighTheSignals")) {
            complete(task(step, instance));
        }
        return instance;
    }

    @Test
    void helpThatDidNotWorkIsWeighedAgainAndThenReported() {
        ProcessInstance instance = startAndWeigh();
        complete(task("DecideHelpOrReport", instance), Map.of("meldcodeOutcome", "HELP", "helpTerm", "P28D"));
        assertThat(instance).isWaitingAt("HelpTermEnded");
        assertThat(job(instance).getDuedate())
                .isCloseTo(new Date(ClockUtil.getCurrentTime().getTime() + 28L * 24 * 3600 * 1000), 60_000);
        execute(job(instance));
        complete(task("ReassessHelp", instance), Map.of("helpWorked", "NO"));

        assertThat(instance).as("the help did not work: weigh again").isWaitingAt("WeighTheSignals");
        complete(task("WeighTheSignals", instance));
        complete(task("DecideHelpOrReport", instance), Map.of("meldcodeOutcome", "REPORT"));
        complete(task("ReportToVeiligThuis", instance));
        assertThat(instance).isEnded().hasPassed("ReportedToVeiligThuis");
    }

    @Test
    void helpThatWorkedEndsTheMeldcode() {
        ProcessInstance instance = startAndWeigh();
        complete(task("DecideHelpOrReport", instance), Map.of("meldcodeOutcome", "HELP", "helpTerm", "P14D"));
        execute(job(instance));

        complete(task("ReassessHelp", instance), Map.of("helpWorked", "YES"));

        assertThat(instance).isEnded().hasPassed("MeldcodeDone");
    }
}
