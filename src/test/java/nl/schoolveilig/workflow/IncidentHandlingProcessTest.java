package nl.schoolveilig.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** Every path through bpmn/incident-handling.bpmn, with Noorderkim's real policy and stand-ins for the beans. */
@Deployment(resources = {"bpmn/incident-handling.bpmn", "bpmn/incident-triage-noorderkim.dmn", "bpmn/sanctions-noorderkim.dmn",
        "bpmn/forms/aftercare.form",
        "bpmn/forms/assess-breach.form",
        "bpmn/forms/brief-team.form",
        "bpmn/forms/close-case.form",
        "bpmn/forms/consult-inspector.form",
        "bpmn/forms/content-removal.form",
        "bpmn/forms/decide-expulsion.form",
        "bpmn/forms/decide-sanction.form",
        "bpmn/forms/decide-suspicion.form",
        "bpmn/forms/file-police-report.form",
        "bpmn/forms/find-another-school.form",
        "bpmn/forms/handle-objection.form",
        "bpmn/forms/handle-press.form",
        "bpmn/forms/hear-parties.form",
        "bpmn/forms/inform-accused.form",
        "bpmn/forms/inform-data-subjects.form",
        "bpmn/forms/inform-parents-offence.form",
        "bpmn/forms/inform-parents.form",
        "bpmn/forms/meldcode-step1.form",
        "bpmn/forms/meldcode-step2.form",
        "bpmn/forms/meldcode-step3.form",
        "bpmn/forms/meldcode-step4.form",
        "bpmn/forms/meldcode-step5.form",
        "bpmn/forms/notify-authority.form",
        "bpmn/forms/police.form",
        "bpmn/forms/reassess-help.form",
        "bpmn/forms/record-suspension.form",
        "bpmn/forms/report-veilig-thuis.form",
        "bpmn/forms/triage-incident.form",
        "bpmn/forms/victim-conversation.form",
        "bpmn/forms/warn-board-breach.form"})
class IncidentHandlingProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    private ProcessEngine engine;

    @BeforeEach
    void routeByOwner() {
        engine = extension.getProcessEngine();
        init(engine);
        // The routing delegate maps the policy's triage owner onto a group of the school or board.
        Mocks.register("triageRouting", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> triage = (Map<String, Object>) execution.getVariable("triage");
            String owner = (String) triage.get("triageOwner");
            recorder.owner = owner.equals("BOARD_MEMBER") ? "board_noorderkim" : "schoolleader_zonnewijzer";
            execution.setVariable("triageDue", new java.util.Date(ClockUtil.getCurrentTime().getTime() + 3_600_000));
        });
        Mocks.register("escalationRouting", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> triage = (Map<String, Object>) execution.getVariable("triage");
            execution.setVariable("escalationGroups", switch ((String) triage.get("escalateTo")) {
                case "BOARD_MEMBER" -> "board_noorderkim";
                case "DIGICOACH_AND_LEADER" -> "digicoach_noorderkimwest,schoolleader_zonnewijzer";
                default -> "";
            });
        });
    }

    /** Stands in for the Spring beans the process calls by expression. */
    public static class Recorder {

        final List<String> closed = new ArrayList<>();

        public void record(DelegateExecution execution) {
            closed.add("registered breach, reportable " + execution.getVariable("breachReportable"));
        }

        public void closeNotInvolved(DelegateExecution execution) {
            closed.add(execution.getProcessBusinessKey() + ": " + execution.getVariable("adviceToReporter"));
        }

        public void record(DelegateExecution execution, String taskKey, java.util.Date due, String group) {
            closed.add("missed " + taskKey + " of " + group);
        }

        long earlierOffences;

        public void count(DelegateExecution execution) {
            closed.add("counted earlier offences");
            execution.setVariable("earlierOffences", earlierOffences);
        }

        public void closeWithdrawn(DelegateExecution execution) {
            closed.add("withdrawn " + execution.getProcessBusinessKey() + ": " + execution.getVariable("withdrawalReason"));
        }

        public void closeCompleted(DelegateExecution execution) {
            closed.add("completed " + execution.getProcessBusinessKey() + ": " + execution.getVariable("closingSummary"));
        }

        /** The case owner the triage routing found (the real one records it on the case). */
        String owner;

        public String group(String role, DelegateExecution execution) {
            return role.toLowerCase() + "_zonnewijzer";
        }

        public String owner(DelegateExecution execution) {
            return owner;
        }

        public String board(DelegateExecution execution) {
            return "noorderkim";
        }

        @SuppressWarnings("unchecked")
        public String legalTrack(DelegateExecution execution) {
            return (String) ((Map<String, Object>) execution.getVariable("triage")).get("legalTrack");
        }

        public java.util.Date dueIn(String term) {
            return ClockUtil.getCurrentTime();
        }

        public java.util.Date after(java.util.Date start, String term) {
            return new java.util.Date(start.getTime() + java.time.Duration.parse(term).toMillis());
        }

        public void notified(DelegateExecution execution) {
            closed.add("notified " + execution.getVariable("authorityReference"));
        }
    }

    private final Recorder recorder = new Recorder();

    @BeforeEach
    void registerBeans() {
        Mocks.register("triageFormPreparation", new TriageFormPreparation());
        Mocks.register("caseClosing", recorder);
        Mocks.register("missedDeadlines", recorder);
        Mocks.register("routing", recorder);
        Mocks.register("schoolCalendar", recorder);
        Mocks.register("breachRegister", recorder);
        Mocks.register("offenderHistory", recorder);
        Mocks.register("sanctionPreparation", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> sanction = (Map<String, Object>) execution.getVariable("sanction");
            execution.setVariable("suggestedMeasure", sanction.get("measure"));
            execution.setVariable("measureDecision", sanction.get("measure"));
            execution.setVariable("sanctionGroup", recorder.group((String) sanction.get("decidedBy"), execution));
        });
    }

    @AfterEach
    void clearMocks() {
        Mocks.reset();
    }

    @Test
    void aReportWaitsAsynchronouslyThenGoesToTheSchoolLeaderWithTheSuggestionsPrefilled() {
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "PUPIL");

        assertThat(instance).isWaitingAt("IncidentReported");
        execute(job(instance));

        assertThat(instance).hasPassed("SuggestSafetyAnswers", "FindTriageOwner", "PrepareTriageForm")
                .isWaitingAt("TriageIncident");
        assertThat(task()).hasCandidateGroup("schoolleader_zonnewijzer");
        assertThat(instance).variables().containsKey("triage")
                .containsEntry("suggestedSeverity", "MEDIUM").containsEntry("severityDecision", "MEDIUM")
                .containsEntry("suggestedSchoolInvolved", true).containsEntry("schoolInvolvedDecision", true);
    }

    @Test
    void whenNoTrackIsNeededTheOwnerClosesTheCaseWithASummary() {
        ProcessInstance instance = start("DEVICE_RULES", "PUPIL", "NONE");
        execute(job(instance));

        completeTriage(Map.of());

        assertThat(instance).hasPassed("IsSchoolInvolved", "WhichTracks", "AllTracksDone").isWaitingAt("DecideSanction");
        complete(task(), Variables.createVariables().putValue("measureDecision", "TALK"));
        assertThat(instance).isWaitingAt("CloseCase");
        assertThat(task()).hasCandidateGroup("schoolleader_zonnewijzer");
        complete(task(), Variables.createVariables().putValue("closingSummary", "Telefoon ingeleverd."));
        assertThat(instance).isEnded().hasPassed("RecordClosing", "CaseClosed");
        org.assertj.core.api.Assertions.assertThat(recorder.closed)
                .containsExactly("counted earlier offences", "completed INC-2026-000001: Telefoon ingeleverd.");
    }

    @Test
    void theParentsOfEachPupilInvolvedAreInformedSeparately() {
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "PUPIL");
        execute(job(instance));

        completeTriage(Map.of("informParentsDecision", true));

        List<Task> parents = engine.getTaskService().createTaskQuery().taskDefinitionKey("InformParents").list();
        org.assertj.core.api.Assertions.assertThat(parents).extracting(Task::getName).containsExactlyInAnyOrder(
                "Informeer de ouders van de leerling-dader", "Informeer de ouders van de leerling-slachtoffer");
        complete(parents.get(0));
        assertThat(instance).isWaitingAt("InformParents");
        complete(parents.get(1));
        assertThat(instance).hasPassed("AllTracksDone");
    }

    @Test
    void thePoliceTrackRecordsTheReport() {
        ProcessInstance instance = start("THREAT", "PUPIL", "PUPIL", true);
        execute(job(instance));

        completeTriage(Map.of("policeDecision", "REQUIRED"));

        assertThat(instance).isWaitingAt("RecordPoliceReport");
        assertThat(task()).hasCandidateGroup("schoolleader_zonnewijzer");
        complete(task());
        assertThat(instance).hasPassed("AllTracksDone");
    }

    @Test
    void victimCareIsAConversationAndAnAftercareCheckTwoWeeksLater() {
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "PUPIL");
        execute(job(instance));
        completeTriage(Map.of("victimCareDecision", true));

        assertThat(instance).isWaitingAt("TalkWithVictim");
        complete(task());
        assertThat(instance).isWaitingAt("AftercareDue");
        org.assertj.core.api.Assertions.assertThat(job(instance).getDuedate())
                .isCloseTo(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 14L * 24 * 3600 * 1000), 60_000);
        execute(job(instance));
        assertThat(instance).isWaitingAt("CheckAftercare");
        complete(task());
        assertThat(instance).hasPassed("AllTracksDone");
    }

    @Test
    void contentStillOnlineGoesToTheDigicoach() {
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "PUPIL");
        execute(job(instance));

        completeTriage(Map.of("contentRemovalDecision", true));

        assertThat(instance).isWaitingAt("RemoveContent");
        assertThat(task()).hasCandidateGroup("digicoach_zonnewijzer");
        complete(task());
        assertThat(instance).hasPassed("AllTracksDone");
    }

    @Test
    void pressAttentionGoesToCommunicationsWhileTheLeaderBriefsTheTeam() {
        ProcessInstance instance = start("THREAT", "EXTERNAL", "SCHOOL");
        execute(job(instance));

        completeTriage(Map.of("pressDecision", true));

        assertThat(instance).isWaitingAt("HandlePress", "BriefTeam");
        assertThat(task("HandlePress", instance)).hasCandidateGroup("communications_zonnewijzer");
        assertThat(task("BriefTeam", instance)).hasCandidateGroup("schoolleader_zonnewijzer");
        complete(task("HandlePress", instance));
        assertThat(instance).isWaitingAt("BriefTeam");
        complete(task("BriefTeam", instance));
        assertThat(instance).hasPassed("AllTracksDone");
    }

    @Test
    void theCaseClosesOnlyWhenEveryTrackIsDone() {
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "PUPIL");
        execute(job(instance));
        completeTriage(Map.of("informParentsDecision", true, "policeDecision", "ADVISED", "victimCareDecision", true,
                "contentRemovalDecision", true, "pressDecision", true));

        assertThat(instance).isWaitingAt("InformParents", "RecordPoliceReport", "TalkWithVictim", "RemoveContent",
                "HandlePress", "BriefTeam");
        for (String key : List.of("RecordPoliceReport", "RemoveContent", "HandlePress", "BriefTeam", "TalkWithVictim")) {
            complete(task(key, instance));
        }
        engine.getTaskService().createTaskQuery().taskDefinitionKey("InformParents").list().forEach(t -> complete(t));
        assertThat(instance).isWaitingAt("AftercareDue").hasNotPassed("AllTracksDone");
        execute(job(instance));
        complete(task("CheckAftercare", instance));
        assertThat(instance).hasPassed("AllTracksDone");
    }

    private static ArrayList<String> pupils(String offender, String victim) {
        ArrayList<String> pupils = new ArrayList<>();
        if (offender.equals("PUPIL")) {
            pupils.add("leerling-dader");
        }
        if (victim.equals("PUPIL")) {
            pupils.add("leerling-slachtoffer");
        }
        return pupils;
    }

    @Test
    void aSuspectedBreachThatIsNoBreachEndsThePrivacyTrackWithoutRegistering() {
        ProcessInstance instance = start("DATA_BREACH", "EMPLOYEE", "PUPIL");
        execute(job(instance));
        completeTriage(Map.of("privacyAssessmentDecision", true));

        assertThat(instance).isWaitingAt("AssessBreach");
        assertThat(task()).hasCandidateGroup("privacy_officer_zonnewijzer");
        complete(task(), Variables.createVariables().putValue("breachConfirmed", "NO")
                .putValue("breachNoBreachReason", "De lijst is nooit verstuurd."));

        assertThat(instance).hasPassed("NoBreach").hasNotPassed("RegisterBreach").hasPassed("AllTracksDone");
    }

    @Test
    void aBreachThatNeedsNoNotificationIsOnlyRegistered() {
        ProcessInstance instance = start("DATA_BREACH", "EMPLOYEE", "PUPIL");
        execute(job(instance));
        completeTriage(Map.of("privacyAssessmentDecision", true));

        complete(task(), breach(false, false));

        assertThat(instance).hasPassed("RegisterBreach", "PrivacyDone").hasPassed("AllTracksDone");
        org.assertj.core.api.Assertions.assertThat(recorder.closed).contains("registered breach, reportable NO");
    }

    @Test
    void aReportableHighRiskBreachIsRegisteredNotifiedWithin72HoursAndTheSubjectsAreInformed() {
        ProcessInstance instance = start("DATA_BREACH", "EMPLOYEE", "PUPIL");
        execute(job(instance));
        completeTriage(Map.of("privacyAssessmentDecision", true));

        complete(task(), breach(true, true));

        assertThat(instance).isWaitingAt("NotifyAuthority", "InformDataSubjects");
        java.util.Date reportedAt = (java.util.Date) engine.getRuntimeService()
                .getVariable(instance.getId(), "reportedAt");
        org.assertj.core.api.Assertions.assertThat(task("NotifyAuthority", instance).getDueDate())
                .isEqualTo(new java.util.Date(reportedAt.getTime() + 72L * 3600 * 1000));
        complete(task("NotifyAuthority", instance), Variables.createVariables()
                .putValue("authorityNotifiedOn", "23-11-2026 10:00").putValue("authorityReference", "AP-123"));
        complete(task("InformDataSubjects", instance));

        assertThat(instance).hasPassed("RecordAuthorityNotice", "PrivacyDone").hasPassed("AllTracksDone");
        org.assertj.core.api.Assertions.assertThat(recorder.closed).contains("notified AP-123");
    }

    @Test
    void theBoardIsWarnedWhenTheAuthorityDeadlineIsNearWithoutStoppingTheNotification() {
        ProcessInstance instance = start("DATA_BREACH", "EMPLOYEE", "PUPIL");
        execute(job(instance));
        completeTriage(Map.of("privacyAssessmentDecision", true));
        complete(task(), breach(true, false));

        execute(job("AuthorityDeadlineNear", instance));

        assertThat(instance).isWaitingAt("NotifyAuthority", "WarnBoardAboutBreach");
        assertThat(task("WarnBoardAboutBreach", instance)).hasCandidateGroup("board_member_zonnewijzer");
        complete(task("NotifyAuthority", instance));
        assertThat(instance).isWaitingAt("WarnBoardAboutBreach").hasNotPassed("AllTracksDone");
        complete(task("WarnBoardAboutBreach", instance));
        assertThat(instance).hasPassed("AllTracksDone");
    }

    private static Map<String, Object> breach(boolean reportable, boolean highRisk) {
        return Variables.createVariables().putValue("breachConfirmed", "YES")
                .putValue("breachDescription", "Klassenlijst naar verkeerde ouder gemaild.")
                .putValue("breachMeasures", "Ouder gevraagd de mail te verwijderen.")
                .putValue("breachReportable", reportable ? "YES" : "NO").putValue("breachHighRisk", highRisk ? "YES" : "NO");
    }

    @Test
    void aStaffSexualOffenceMakesTheBoardConsultDecideInformAndReportInThatOrder() {
        ProcessInstance instance = start("SEXUAL_MISCONDUCT", "EMPLOYEE", "PUPIL");
        execute(job(instance));
        completeTriage(Map.of());

        assertThat(instance).isWaitingAt("ConsultConfidentialInspector");
        assertThat(task()).hasCandidateGroup("board_noorderkim");
        complete(task());
        complete(task("DecideReasonableSuspicion", instance), Map.of("reasonableSuspicion", "YES"));
        for (String step : List.of("InformAccused", "InformParentsOfOffence", "FilePoliceReport")) {
            assertThat(instance).isWaitingAt(step);
            assertThat(task(step, instance)).hasCandidateGroup("board_noorderkim");
            complete(task(step, instance));
        }
        assertThat(instance).hasPassed("OffenceReported").hasPassed("AllTracksDone");
    }

    @Test
    void withoutReasonableSuspicionTheStaffOffenceTrackEndsAfterTheDecision() {
        ProcessInstance instance = start("SEXUAL_MISCONDUCT", "INTERN", "PUPIL");
        execute(job(instance));
        completeTriage(Map.of());
        complete(task());

        complete(task("DecideReasonableSuspicion", instance), Map.of("reasonableSuspicion", "NO"));

        assertThat(instance).hasPassed("NoReasonableSuspicion").hasNotPassed("InformAccused").hasPassed("AllTracksDone");
    }

    @Test
    void signsOfAbuseAtHomeRunTheMeldcodeInsteadOfInformingTheParents() {
        ProcessInstance instance = start("OTHER", "PARENT", "PUPIL");
        execute(job(instance));
        completeTriage(Map.of("informParentsDecision", true, "meldcodeDecision", true));

        assertThat(instance).isWaitingAt("MapSignals").isNotWaitingAt("InformParents");
        assertThat(task()).hasCandidateGroup("care_coordinator_zonnewijzer");
        for (String step : List.of("MapSignals", "ConsultColleague", "TalkWithParentsAboutSignals", "WeighTheSignals")) {
            complete(task(step, instance));
        }
        complete(task("DecideHelpOrReport", instance), Map.of("meldcodeOutcome", "HELP", "helpTerm", "P28D"));
        assertThat(instance).isWaitingAt("HelpTermEnded");
        org.assertj.core.api.Assertions.assertThat(job(instance).getDuedate())
                .isCloseTo(new java.util.Date(ClockUtil.getCurrentTime().getTime() + 28L * 24 * 3600 * 1000), 60_000);
        execute(job(instance));
        complete(task("ReassessHelp", instance), Map.of("helpWorked", "NO"));

        assertThat(instance).as("the help did not work: weigh again").isWaitingAt("WeighTheSignals");
        complete(task("WeighTheSignals", instance));
        complete(task("DecideHelpOrReport", instance), Map.of("meldcodeOutcome", "REPORT"));
        complete(task("ReportToVeiligThuis", instance));
        assertThat(instance).hasPassed("ReportedToVeiligThuis").hasPassed("AllTracksDone");
    }

    @Test
    void helpThatWorkedEndsTheMeldcode() {
        ProcessInstance instance = start("OTHER", "PARENT", "PUPIL");
        execute(job(instance));
        completeTriage(Map.of("meldcodeDecision", true));
        for (String step : List.of("MapSignals", "ConsultColleague", "TalkWithParentsAboutSignals", "WeighTheSignals")) {
            complete(task(step, instance));
        }
        complete(task("DecideHelpOrReport", instance), Map.of("meldcodeOutcome", "HELP", "helpTerm", "P14D"));
        execute(job(instance));

        complete(task("ReassessHelp", instance), Map.of("helpWorked", "YES"));

        assertThat(instance).hasPassed("MeldcodeDone").hasPassed("AllTracksDone");
    }

    @Test
    void aPressInquiryAtAnyMomentGoesToCommunicationsAndTheTeamWithoutStoppingTheCase() {
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "PUPIL");
        execute(job(instance));

        engine.getRuntimeService().createMessageCorrelation("press-inquiry").processInstanceBusinessKey("INC-2026-000001")
                .setVariable("pressInquiryDetails", "Omroep Brabant belde").correlate();

        assertThat(instance).isWaitingAt("TriageIncident", "AnswerPressInquiry", "BriefTeamOnInquiry");
        assertThat(task("AnswerPressInquiry", instance)).hasCandidateGroup("communications_zonnewijzer");
        complete(task("AnswerPressInquiry", instance));
        complete(task("BriefTeamOnInquiry", instance));
        assertThat(instance).hasPassed("PressInquiryHandled").isWaitingAt("TriageIncident");
    }

    @Test
    void aWithdrawalEndsTheCaseWhereverItIs() {
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "PUPIL");
        execute(job(instance));
        completeTriage(Map.of("victimCareDecision", true, "contentRemovalDecision", true));

        engine.getRuntimeService().createMessageCorrelation("incident-withdrawn").processInstanceBusinessKey("INC-2026-000001")
                .setVariable("withdrawalReason", "Ruzie is bijgelegd").correlate();

        assertThat(instance).isEnded().hasPassed("CloseWithdrawn", "ClosedWithdrawn").hasNotPassed("CloseCase");
        org.assertj.core.api.Assertions.assertThat(recorder.closed).contains("withdrawn INC-2026-000001: Ruzie is bijgelegd");
        org.assertj.core.api.Assertions.assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
    }

    @Test
    void anExternalOffenderGetsNoInternalMeasureAndTheCaseGoesToClosing() {
        ProcessInstance instance = start("THREAT", "EXTERNAL", "SCHOOL");
        execute(job(instance));

        completeTriage(Map.of());

        assertThat(instance).hasPassed("SuggestSanction").hasNotPassed("DecideSanction").isWaitingAt("CloseCase");
    }

    @Test
    void aPupilsFirstOffenceIsATalkDecidedByTheSchoolLeader() {
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "PUPIL");
        execute(job(instance));
        completeTriage(Map.of());

        assertThat(instance).isWaitingAt("DecideSanction");
        assertThat(task()).hasCandidateGroup("school_leader_zonnewijzer");
        assertThat(instance).variables().containsEntry("suggestedMeasure", "TALK");
        complete(task());
        assertThat(instance).hasPassed("MeasureRecorded").isWaitingAt("CloseCase");
    }

    @Test
    void aRepeatedOffenceRaisesThePupilsMeasureToASuspensionDecidedAndRecordedByTheBoard() {
        recorder.earlierOffences = 2;
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "PUPIL");
        execute(job(instance));
        completeTriage(Map.of());

        assertThat(instance).variables().containsEntry("suggestedMeasure", "SUSPENSION");
        assertThat(task()).hasCandidateGroup("board_member_zonnewijzer");
        complete(task());

        assertThat(instance).isWaitingAt("RecordSuspension");
        complete(task());
        assertThat(instance).isWaitingAt("CloseCase");
    }

    @Test
    void anExpulsionRunsTheBoardsProcedureWithItsObjectionWindow() {
        recorder.earlierOffences = 3;
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "PUPIL");
        execute(job(instance));
        completeTriage(Map.of());
        complete(task(), Map.of("measureDecision", "EXPULSION", "measureMotivation", "Derde keer binnen een jaar"));

        assertThat(instance).isWaitingAt("HearTeacherAndParents");
        complete(task());
        assertThat(instance).isWaitingAt("FindAnotherSchool");
        execute(job("EightWeeksPassed", instance));
        org.assertj.core.api.Assertions.assertThat(recorder.closed).anyMatch(s -> s.startsWith("missed FindAnotherSchool"));
        complete(task("FindAnotherSchool", instance));
        complete(task("DecideOnExpulsion", instance), Map.of("expulsionDecision", "EXPEL"));
        assertThat(instance).isWaitingAt("ObjectionWindowEnded");
        execute(job(instance));
        complete(task("HandleObjection", instance));

        assertThat(instance).hasPassed("ExpulsionDone").isWaitingAt("CloseCase");
    }

    @Test
    void whenTheBoardDecidesAgainstExpulsionThePupilStays() {
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "PUPIL");
        execute(job(instance));
        completeTriage(Map.of());
        complete(task(), Map.of("measureDecision", "EXPULSION"));
        complete(task());
        complete(task("FindAnotherSchool", instance));

        complete(task("DecideOnExpulsion", instance), Map.of("expulsionDecision", "KEEP"));

        assertThat(instance).hasPassed("NotExpelled").hasNotPassed("ObjectionWindowEnded").isWaitingAt("CloseCase");
    }

    /** Completes the triage: every track off, except what the test turns on. */
    private void completeTriage(Map<String, Object> decisions) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("informParentsDecision", false,
                "policeDecision", "NO", "victimCareDecision", false, "contentRemovalDecision", false,
                "pressDecision", false, "privacyAssessmentDecision", false));
        variables.putAll(decisions);
        complete(task("TriageIncident", processInstanceQuery().singleResult()), variables);
    }

    @Test
    void whenTheSchoolIsNotInvolvedTheCaseIsClosedWithAdviceToTheReporter() {
        ProcessInstance instance = start("OTHER", "EXTERNAL", "NONE");
        execute(job(instance));

        complete(task(), Variables.createVariables().putValue("schoolInvolvedDecision", false)
                .putValue("adviceToReporter", "Meld dit bij het platform."));

        assertThat(instance).isEnded().hasPassed("CloseWithAdvice", "ClosedNotInvolved");
        org.assertj.core.api.Assertions.assertThat(recorder.closed)
                .contains("INC-2026-000001: Meld dit bij het platform.");
    }

    @Test
    void aStaffSexualOffenceGoesToTheBoardForTriage() {
        ProcessInstance instance = start("SEXUAL_MISCONDUCT", "EMPLOYEE", "PUPIL");
        execute(job(instance));

        assertThat(instance).isWaitingAt("TriageIncident");
        assertThat(task()).hasCandidateGroup("board_noorderkim");
    }

    @Test
    void aReportAboutTheSchoolLeaderGoesToTheBoardForTriage() {
        ProcessInstance instance = start("UNPROFESSIONAL_CONDUCT", "SCHOOL_LEADER", "PARENT");
        execute(job(instance));

        assertThat(task()).hasCandidateGroup("board_noorderkim");
        assertThat(instance).isWaitingAt("TriageIncident");
    }

    @Test
    void triageWithinTheTermEscalatesNothing() {
        ProcessInstance instance = start("THREAT", "PUPIL", "PUPIL", true);
        execute(job(instance));

        completeTriage(Map.of());

        assertThat(instance).hasPassed("TriageDone").hasNotPassed("RecordMissedTriageDeadline", "EscalateTriage");
        org.assertj.core.api.Assertions.assertThat(engine.getManagementService().createJobQuery()
                .activityId("TriageDeadlinePassed").count()).as("the deadline timer is gone").isZero();
    }

    @Test
    void aMissedCriticalTriageIsRecordedAndEscalatedToTheBoardWithoutInterruptingTheTriage() {
        ProcessInstance instance = start("THREAT", "PUPIL", "PUPIL", true);
        execute(job(instance));

        execute(job("TriageDeadlinePassed", instance));

        assertThat(instance).hasPassed("RecordMissedTriageDeadline", "FindEscalation")
                .isWaitingAt("TriageIncident", "EscalateTriage");
        assertThat(task("EscalateTriage", instance)).hasCandidateGroup("board_noorderkim");
        org.assertj.core.api.Assertions.assertThat(recorder.closed)
                .contains("missed TriageIncident of schoolleader_zonnewijzer");

        completeTriage(Map.of());

        assertThat(instance).as("the triage ends the escalation too").hasPassed("TriageDone").hasNotPassed("Escalated")
                .hasPassed("AllTracksDone").isNotWaitingAt("EscalateTriage");
    }

    @Test
    void aMissedMediumTriageGoesToTheDigicoachAndTheLeaderWhoMayCloseTheEscalation() {
        ProcessInstance instance = start("CYBERBULLYING", "PUPIL", "PUPIL");
        execute(job(instance));
        execute(job("TriageDeadlinePassed", instance));

        assertThat(task("EscalateTriage", instance)).hasCandidateGroup("digicoach_noorderkimwest")
                .hasCandidateGroup("schoolleader_zonnewijzer");
        complete(task("EscalateTriage", instance));

        assertThat(instance).hasPassed("Escalated").isWaitingAt("TriageIncident");
    }

    @Test
    void aMissedMinorTriageOnlyRemindsTheGroup() {
        ProcessInstance instance = start("DEVICE_RULES", "PUPIL", "NONE");
        execute(job(instance));
        execute(job("TriageDeadlinePassed", instance));

        assertThat(instance).hasPassed("Reminded").hasNotPassed("EscalateTriage").isWaitingAt("TriageIncident");
    }

    private ProcessInstance start(String category, String offender, String victim) {
        return start(category, offender, victim, false);
    }

    private ProcessInstance start(String category, String offender, String victim, boolean threatOfViolence) {
        return engine.getRuntimeService().createMessageCorrelation("incident-reported")
                .processInstanceBusinessKey("INC-2026-000001")
                .setVariables(Variables.createVariables()
                        .putValue("schoolId", "zonnewijzer").putValue("boardId", "noorderkim")
                        .putValue("category", category).putValue("offenderRole", offender)
                        .putValue("victimRole", victim)
                        .putValue("threatOfViolence", threatOfViolence).putValue("sexualImagesOfMinors", false)
                        .putValue("personalDataExposed", false).putValue("mediaAttention", false)
                        .putValue("inSchoolContext", false).putValue("contentOnline", false).putValue("accountHacked", false)
                        .putValue("pupilsInvolved", pupils(offender, victim))
                        .putValue("reportedAt", ClockUtil.getCurrentTime()))
                .correlateStartMessage();
    }
}
