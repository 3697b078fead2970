package nl.schoolveilig.workflow.internal;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** bpmn/data-breach.bpmn: the assessment, the register, the notice to the authority within 72 hours and the data subjects. */
@Deployment(resources = {"bpmn/data-breach.bpmn"})
class DataBreachProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestBeans.coverage();

    @RegisterExtension
    final ProcessTestBeans beans = new ProcessTestBeans(extension);

    private ProcessInstance startAndAssess(Map<String, Object> assessment) {
        ProcessInstance instance = beans.start("data-breach", ProcessTestBeans.report("DATA_BREACH", "EMPLOYEE", "PUPIL", false));
        assertThat(instance).isWaitingAt("AssessBreach");
        assertThat(task(instance)).hasCandidateGroup("privacy_officer_zonnewijzer");
        assertThat(task(instance).getDueDate()).isEqualTo(Date.from(beans.reportedAt.plusSeconds(24 * 3600)));
        complete(task(instance), assessment);
        beans.runDueJobs();
        return instance;
    }

    @Test
    void aSuspectedBreachThatIsNoBreachEndsWithoutRegistering() {
        ProcessInstance instance = startAndAssess(Map.of("breachConfirmed", "NO",
                "breachNoBreachReason", "De lijst is nooit verstuurd."));

        assertThat(instance).isEnded().hasPassed("NoBreach").hasNotPassed("RegisterBreach");
        assertThat(beans.recorded).isEmpty();
    }

    @Test
    void aBreachThatNeedsNoNotificationIsOnlyRegistered() {
        ProcessInstance instance = startAndAssess(breach(false, false));

        assertThat(instance).isEnded().hasPassed("RegisterBreach", "PrivacyDone").hasNotPassed("NotifyAuthority");
        assertThat(beans.recorded).containsExactly("registered breach, reportable NO");
    }

    @Test
    void registeringIsTheEnginesWorkAfterTheAssessmentWasSaved() {
        ProcessInstance instance = beans.start("data-breach", ProcessTestBeans.report("DATA_BREACH", "EMPLOYEE", "PUPIL", false));

        complete(task(instance), breach(false, false));

        assertThat(instance).isWaitingAt("RegisterBreach");
        assertThat(beans.recorded).isEmpty();
    }

    @Test
    void aReportableHighRiskBreachIsRegisteredNotifiedWithin72HoursAndTheSubjectsAreInformed() {
        ProcessInstance instance = startAndAssess(breach(true, true));

        assertThat(instance).isWaitingAt("NotifyAuthority", "InformDataSubjects");
        assertThat(task("NotifyAuthority", instance).getDueDate())
                .isEqualTo(Date.from(beans.reportedAt.plusSeconds(72 * 3600)));
        complete(task("NotifyAuthority", instance), Variables.createVariables()
                .putValue("authorityNotifiedOn", "2026-11-23").putValue("authorityReference", "AP-123"));
        complete(task("InformDataSubjects", instance));
        beans.runDueJobs();

        assertThat(instance).isEnded().hasPassed("RecordAuthorityNotice", "BreachHandled", "PrivacyDone");
        assertThat(beans.recorded).contains("notified AP-123");
    }

    @Test
    void theBoardIsWarnedWhenTheAuthorityDeadlineIsNearWithoutStoppingTheNotification() {
        ProcessInstance instance = startAndAssess(breach(true, false));

        assertThat(job("AuthorityDeadlineNear", instance).getDuedate())
                .isEqualTo(Date.from(beans.reportedAt.plusSeconds(48 * 3600)));
        execute(job("AuthorityDeadlineNear", instance));

        assertThat(instance).isWaitingAt("NotifyAuthority", "WarnBoardAboutBreach");
        assertThat(task("WarnBoardAboutBreach", instance)).hasCandidateGroup("board_member_zonnewijzer");
        complete(task("WarnBoardAboutBreach", instance));
        assertThat(instance).hasPassed("BoardWarned").isWaitingAt("NotifyAuthority");
        complete(task("NotifyAuthority", instance));
        beans.runDueJobs();
        assertThat(instance).isEnded().hasPassed("PrivacyDone");
    }

    private static Map<String, Object> breach(boolean reportable, boolean highRisk) {
        return Variables.createVariables().putValue("breachConfirmed", "YES")
                .putValue("breachDescription", "Klassenlijst naar verkeerde ouder gemaild.")
                .putValue("breachMeasures", "Ouder gevraagd de mail te verwijderen.")
                .putValue("breachReportable", reportable ? "YES" : "NO").putValue("breachHighRisk", highRisk ? "YES" : "NO");
    }
}
