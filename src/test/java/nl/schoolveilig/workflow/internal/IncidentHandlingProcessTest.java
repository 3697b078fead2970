package nl.schoolveilig.workflow.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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

/**
 * Every path through bpmn/incident-handling.bpmn, the board's policy on one page: the triage policy of
 * Noorderkim runs for real; each called process (triage, the tracks, the sanction) stands in as one
 * task, tested in its own file's test.
 */
@Deployment(resources = {"bpmn/incident-handling.bpmn", "bpmn/incident-triage-noorderkim.dmn"})
class IncidentHandlingProcessTest {

    private static final String[] CALLED = {"triage-within-term", "victim-care", "press-contacts",
            "data-breach", "staff-sexual-offence", "meldcode", "sanction-decision"};

    /** Coverage of this file only: the stand-ins are not counted. */
    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessTestBeans.coverage(CALLED);

    @RegisterExtension
    final ProcessTestBeans beans = new ProcessTestBeans(extension, CALLED);

    @Test
    void aReportWaitsAsynchronouslyThenTheTriagePolicySuggestsAndTheTriageBegins() {
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "PUPIL");

        assertThat(instance).isWaitingAt("IncidentReported");
        execute(job(instance));

        assertThat(instance).hasPassed("SuggestSafetyAnswers").isWaitingAt("Triage");
        assertThat(instance).variables().containsKey("triage");
        assertThat(calledTask("triage-within-term").getProcessInstanceId()).isNotEqualTo(instance.getId());
    }

    @Test
    void whenTheSchoolIsNotInvolvedTheCaseIsClosedWithAdviceToTheReporter() {
        ProcessInstance instance = startAndSuggest("OTHER", "EXTERNAL", "NONE");

        completeTriage(Map.of("schoolInvolvedDecision", false, "adviceToReporter", "Meld dit bij het platform."));
        assertThat(instance).as("closing is the engine's work, after the triage was saved").isWaitingAt("CloseWithAdvice");
        beans.runDueJobs();

        assertThat(instance).isEnded().hasPassed("CloseWithAdvice", "ClosedNotInvolved");
        assertThat(beans.recorded).contains("INC-2026-000001: Meld dit bij het platform.");
    }

    @Test
    void whenNoTrackIsNeededTheSanctionIsDecidedAndTheOwnerClosesTheCaseWithASummary() {
        ProcessInstance instance = startAndSuggest("DEVICE_RULES", "PUPIL", "NONE");

        completeTriage(Map.of());
        assertThat(instance).as("the join is a save point").isWaitingAt("AllTracksDone");
        beans.runDueJobs();
        assertThat(instance).isWaitingAt("Sanction");
        complete(calledTask("sanction-decision"));

        assertThat(instance).isWaitingAt("CloseCase");
        assertThat(task(instance)).hasCandidateGroup("schoolleader_zonnewijzer");
        complete(task(instance), Variables.createVariables().putValue("closingSummary", "Telefoon ingeleverd."));
        assertThat(instance).isWaitingAt("RecordClosing");
        beans.runDueJobs();
        assertThat(instance).isEnded().hasPassed("RecordClosing", "CaseClosed");
        assertThat(beans.recorded).containsExactly("completed INC-2026-000001: Telefoon ingeleverd.");
    }

    @Test
    void aFailingStepAfterAPersonsTaskIsRetriedAndThenAnIncidentWhileTheTaskStaysCompleted() {
        ProcessInstance instance = startAndSuggest("DEVICE_RULES", "PUPIL", "NONE");
        completeTriage(Map.of());
        beans.runDueJobs();
        complete(calledTask("sanction-decision"));
        beans.failClosing = true;

        complete(task(instance), Variables.createVariables().putValue("closingSummary", "Telefoon ingeleverd."));

        assertThat(beans.engine().getHistoryService().createHistoricTaskInstanceQuery().taskDefinitionKey("CloseCase")
                .finished().count()).as("the owner's completion stands").isEqualTo(1);
        var closing = job(instance);
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                beans.engine().getManagementService().executeJob(closing.getId());
            } catch (RuntimeException expected) {
                // the closing fails; the engine counts the retries down
            }
        }
        assertThat(beans.engine().getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult())
                .as("an incident for Cockpit").isNotNull()
                .extracting(org.camunda.bpm.engine.runtime.Incident::getActivityId).isEqualTo("RecordClosing");
        assertThat(instance).isWaitingAt("RecordClosing");
    }

    @Test
    void theParentsOfEachPupilInvolvedAreInformedSeparately() {
        ProcessInstance instance = startAndSuggest("CYBERBULLYING", "PUPIL", "PUPIL");

        completeTriage(Map.of("informParentsDecision", true));

        List<Task> parents = beans.engine().getTaskService().createTaskQuery().taskDefinitionKey("InformParents").list();
        assertThat(parents).extracting(Task::getName).containsOnly("Informeer de ouders van de leerling");
        assertThat(parents).extracting(Task::getDescription).containsExactlyInAnyOrder(
                "Ouders van de leerling-dader", "Ouders van de leerling-slachtoffer");
        assertThat(parents.get(0)).hasCandidateGroup("schoolleader_zonnewijzer");
        complete(parents.get(0));
        assertThat(instance).isWaitingAt("InformParents");
        complete(parents.get(1));
        assertAllTracksDone(instance);
    }

    @Test
    void thePoliceTrackRecordsTheReport() {
        ProcessInstance instance = startAndSuggest("THREAT", "PUPIL", "PUPIL");

        completeTriage(Map.of("policeDecision", "REQUIRED"));

        assertThat(instance).isWaitingAt("RecordPoliceReport");
        assertThat(task(instance)).hasCandidateGroup("schoolleader_zonnewijzer");
        complete(task(instance));
        assertAllTracksDone(instance);
    }

    @Test
    void contentStillOnlineGoesToTheDigicoach() {
        ProcessInstance instance = startAndSuggest("CYBERBULLYING", "PUPIL", "PUPIL");

        completeTriage(Map.of("contentRemovalDecision", true));

        assertThat(instance).isWaitingAt("RemoveContent");
        assertThat(task(instance)).hasCandidateGroup("digicoach_zonnewijzer");
        complete(task(instance));
        assertAllTracksDone(instance);
    }

    @Test
    void victimCarePressAndAPossibleBreachAreTracksOfTheirOwn() {
        ProcessInstance instance = startAndSuggest("DATA_BREACH", "EMPLOYEE", "PUPIL");

        completeTriage(Map.of("victimCareDecision", true, "pressDecision", true, "privacyAssessmentDecision", true));

        assertThat(instance).isWaitingAt("VictimCare", "PressContacts", "Privacy");
        complete(calledTask("victim-care"));
        complete(calledTask("press-contacts"));
        assertThat(instance).isWaitingAt("Privacy").hasNotPassed("AllTracksDone");
        complete(calledTask("data-breach"));
        assertAllTracksDone(instance);
    }

    @Test
    void aStaffSexualOffenceRunsTheLegalTrackOfTheBoard() {
        ProcessInstance instance = startAndSuggest("SEXUAL_MISCONDUCT", "EMPLOYEE", "PUPIL");

        completeTriage(Map.of());

        assertThat(instance).isWaitingAt("StaffSexualOffence");
        complete(calledTask("staff-sexual-offence"));
        assertAllTracksDone(instance);
    }

    @Test
    void signsOfAbuseAtHomeRunTheMeldcodeInsteadOfInformingTheParents() {
        ProcessInstance instance = startAndSuggest("OTHER", "PARENT", "PUPIL");

        completeTriage(Map.of("informParentsDecision", true, "meldcodeDecision", true));

        assertThat(instance).isWaitingAt("Meldcode").isNotWaitingAt("InformParents");
        complete(calledTask("meldcode"));
        assertAllTracksDone(instance);
    }

    @Test
    void theCaseGoesOnOnlyWhenEveryTrackIsDone() {
        ProcessInstance instance = startAndSuggest("CYBERBULLYING", "PUPIL", "PUPIL");
        completeTriage(Map.of("informParentsDecision", true, "policeDecision", "ADVISED", "contentRemovalDecision", true,
                "victimCareDecision", true));

        assertThat(instance).isWaitingAt("InformParents", "RecordPoliceReport", "RemoveContent", "VictimCare");
        complete(task("RecordPoliceReport", instance));
        complete(task("RemoveContent", instance));
        beans.engine().getTaskService().createTaskQuery().taskDefinitionKey("InformParents").list().forEach(t -> complete(t));
        beans.runDueJobs();
        assertThat(instance).isWaitingAt("VictimCare").isNotWaitingAt("Sanction");

        complete(calledTask("victim-care"));
        assertAllTracksDone(instance);
    }

    @Test
    void aPressInquiryAtAnyMomentGoesToCommunicationsAndTheTeamWithoutStoppingTheCase() {
        ProcessInstance instance = startAndSuggest("CYBERBULLYING", "PUPIL", "PUPIL");

        beans.engine().getRuntimeService().createMessageCorrelation("press-inquiry").processInstanceBusinessKey(ProcessTestBeans.REFERENCE)
                .setVariable("pressInquiryDetails", "Omroep Brabant belde").correlate();

        assertThat(instance).isWaitingAt("Triage", "AnswerPressInquiry", "BriefTeamOnInquiry");
        assertThat(task("AnswerPressInquiry", instance)).hasCandidateGroup("communications_zonnewijzer");
        assertThat(task("BriefTeamOnInquiry", instance)).hasCandidateGroup("schoolleader_zonnewijzer");
        assertThat(task("AnswerPressInquiry", instance).getDueDate())
                .isCloseTo(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 4 * 3_600_000L), 60_000);
        complete(task("AnswerPressInquiry", instance));
        complete(task("BriefTeamOnInquiry", instance));
        beans.runDueJobs();
        assertThat(instance).hasPassed("PressInquiryHandled").isWaitingAt("Triage");
    }

    @Test
    void aWithdrawalEndsTheCaseAndEveryCalledProcessWhereverItIs() {
        ProcessInstance instance = startAndSuggest("CYBERBULLYING", "PUPIL", "PUPIL");
        completeTriage(Map.of("victimCareDecision", true, "contentRemovalDecision", true));

        beans.engine().getRuntimeService().createMessageCorrelation("incident-withdrawn").processInstanceBusinessKey(ProcessTestBeans.REFERENCE)
                .setVariable("withdrawalReason", "Ruzie is bijgelegd").correlate();

        assertThat(instance).isEnded().hasPassed("CloseWithdrawn", "ClosedWithdrawn").hasNotPassed("CloseCase");
        assertThat(beans.recorded).contains("withdrawn INC-2026-000001: Ruzie is bijgelegd");
        assertThat(beans.engine().getTaskService().createTaskQuery().count()).isZero();
        assertThat(beans.engine().getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    private void assertAllTracksDone(ProcessInstance instance) {
        beans.runDueJobs();
        assertThat(instance).hasPassed("AllTracksDone").isWaitingAt("Sanction");
    }

    /** Completes the triage: every track off, except what the test turns on. */
    private void completeTriage(Map<String, Object> decisions) {
        Map<String, Object> variables = new HashMap<>(Map.of("schoolInvolvedDecision", true, "informParentsDecision", false,
                "policeDecision", "NO", "victimCareDecision", false, "contentRemovalDecision", false,
                "pressDecision", false, "privacyAssessmentDecision", false, "meldcodeDecision", false));
        variables.putAll(decisions);
        complete(calledTask("triage-within-term"), variables);
    }

    private Task calledTask(String process) {
        return beans.calledTask(process);
    }

    private ProcessInstance startAndSuggest(String category, String offender, String victim) {
        ProcessInstance instance = start(category, offender, victim);
        execute(job(instance));
        return instance;
    }

    private ProcessInstance start(String category, String offender, String victim) {
        return beans.engine().getRuntimeService().createMessageCorrelation("incident-reported")
                .processInstanceBusinessKey(ProcessTestBeans.REFERENCE)
                .setVariables(ProcessTestBeans.report(category, offender, victim, category.equals("THREAT")))
                .correlateStartMessage();
    }

    static ArrayList<String> pupils(String offender, String victim) {
        ArrayList<String> pupils = new ArrayList<>();
        if (offender.equals("PUPIL")) {
            pupils.add("leerling-dader");
        }
        if (victim.equals("PUPIL")) {
            pupils.add("leerling-slachtoffer");
        }
        return pupils;
    }
}
