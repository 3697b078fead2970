package nl.schoolveilig.workflow.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import nl.schoolveilig.workflow.CaseFile;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every plain process test needs, as a JUnit extension: the in-memory engine with coverage, the
 * beans the BPMN files call (the real triage form preparation and terms on a school calendar without
 * holidays, and a recorder standing in for what touches the case record or the directory), and the
 * called processes standing in where a test asks for that. The case is INC-2026-000001 of school
 * zonnewijzer, board noorderkim.
 */
public class ProcessTestBeans implements BeforeEachCallback, AfterEachCallback {

    /** Coverage of the test class's own file; called processes that stand in are left out. */
    static ProcessEngineCoverageExtension coverage(String... standingIn) {
        return ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
                .excludeProcessDefinitionKeys(standingIn).assertClassCoverageAtLeast(1.0).build();
    }

    /** Coverage recorded, not asserted: for tests that run several files together. */
    static ProcessEngineCoverageExtension coverageReportOnly() {
        return ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml").build();
    }

    private final ProcessEngineCoverageExtension extension;
    private final String[] standingIn;
    private ProcessEngine engine;
    private CalledProcessStubs stubs;

    ProcessTestBeans(ProcessEngineCoverageExtension extension, String... standingIn) {
        this.extension = extension;
        this.standingIn = standingIn;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
        register();
        if (standingIn.length > 0) {
            stubs = new CalledProcessStubs(engine).deploy(standingIn);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (stubs != null) {
            stubs.remove();
        }
        Mocks.reset();
    }

    ProcessEngine engine() {
        return engine;
    }

    ProcessInstance start(String process, Map<String, Object> variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(process, REFERENCE, variables);
    }

    /** The engine's work after a save point, as the job executor would do it. */
    void runDueJobs() {
        CalledProcessStubs.runDueJobs(engine);
    }

    /** The open task of a called process standing in. */
    org.camunda.bpm.engine.task.Task calledTask(String process) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(process + "-stub").singleResult();
    }

    static final String REFERENCE = "INC-2026-000001";

    final List<String> recorded = new ArrayList<>();
    /** The case owner the triage routing found (the real one records it on the case). */
    String owner = "schoolleader_zonnewijzer";
    long earlierOffences;
    /** Makes recording the closing fail, as when the case record cannot be written. */
    boolean failClosing;
    Instant reportedAt = ClockUtil.getCurrentTime().toInstant();

    /** The variables a case starts with, as IncidentWorkflow sets them. */
    static Map<String, Object> report(String category, String offender, String victim, boolean threatOfViolence) {
        return org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValue("schoolId", "zonnewijzer").putValue("boardId", "noorderkim")
                .putValue("category", category).putValue("offenderRole", offender).putValue("victimRole", victim)
                .putValue("threatOfViolence", threatOfViolence).putValue("sexualImagesOfMinors", false)
                .putValue("personalDataExposed", false).putValue("mediaAttention", false)
                .putValue("inSchoolContext", false).putValue("contentOnline", false).putValue("accountHacked", false)
                .putValue("pupilsInvolved", IncidentHandlingProcessTest.pupils(offender, victim))
                .putValue("reportedAt", ClockUtil.getCurrentTime());
    }

    /** Registers every bean name the BPMN files use. */
    private void register() {
        CaseFile caseFile = new StubCaseFile();
        Mocks.register("triageFormPreparation", new TriageFormPreparation());
        Mocks.register("terms", new Terms(new SchoolCalendar(new SchoolCalendar.Holidays(List.of())), caseFile,
                new Terms.Settings(Map.of())));
        Mocks.register("caseClosing", this);
        Mocks.register("missedDeadlines", this);
        Mocks.register("routing", this);
        Mocks.register("schoolCalendar", this);
        Mocks.register("breachRegister", this);
        Mocks.register("offenderHistory", this);
        Mocks.register("triageRouting", (JavaDelegate) execution -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> triage = (Map<String, Object>) execution.getVariable("triage");
            owner = triage.get("triageOwner").equals("BOARD_MEMBER") ? "board_noorderkim" : "schoolleader_zonnewijzer";
            execution.setVariable("triageDue", new Date(ClockUtil.getCurrentTime().getTime() + 3_600_000));
        });
        Mocks.register("escalationRouting", (JavaDelegate) execution -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> triage = (Map<String, Object>) execution.getVariable("triage");
            execution.setVariable("escalationGroups", switch ((String) triage.get("escalateTo")) {
                case "BOARD_MEMBER" -> "board_noorderkim";
                case "DIGICOACH_AND_LEADER" -> "digicoach_noorderkimwest,schoolleader_zonnewijzer";
                default -> "";
            });
        });
        Mocks.register("sanctionPreparation", (JavaDelegate) execution -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> sanction = (Map<String, Object>) execution.getVariable("sanction");
            execution.setVariable("suggestedMeasure", sanction.get("measure"));
            execution.setVariable("measureDecision", sanction.get("measure"));
            execution.setVariable("sanctionGroup", group((String) sanction.get("decidedBy"), execution));
        });
    }

    // breachRegister
    public void record(DelegateExecution execution) {
        recorded.add("registered breach, reportable " + execution.getVariable("breachReportable"));
    }

    public void notified(DelegateExecution execution) {
        recorded.add("notified " + execution.getVariable("authorityReference"));
    }

    // caseClosing
    public void closeNotInvolved(DelegateExecution execution) {
        recorded.add(execution.getProcessBusinessKey() + ": " + execution.getVariable("adviceToReporter"));
    }

    public void closeWithdrawn(DelegateExecution execution) {
        recorded.add("withdrawn " + execution.getProcessBusinessKey() + ": " + execution.getVariable("withdrawalReason"));
    }

    public void closeCompleted(DelegateExecution execution) {
        if (failClosing) {
            throw new IllegalStateException("case record unavailable");
        }
        recorded.add("completed " + execution.getProcessBusinessKey() + ": " + execution.getVariable("closingSummary"));
    }

    // missedDeadlines
    public void recordMissed(DelegateExecution execution, String taskKey) {
        recorded.add("missed " + taskKey + " of " + execution.getProcessBusinessKey());
    }

    /** As the first process version calls it. */
    public void record(DelegateExecution execution, String taskKey, Date due, String group) {
        recorded.add("missed " + taskKey + " of " + group);
    }

    // offenderHistory
    public void count(DelegateExecution execution) {
        recorded.add("counted earlier offences");
        execution.setVariable("earlierOffences", earlierOffences);
    }

    // routing
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

    // schoolCalendar, as the first process version calls it
    public Date dueIn(String term) {
        return ClockUtil.getCurrentTime();
    }

    public Date after(Date start, String term) {
        return new Date(start.getTime() + java.time.Duration.parse(term).toMillis());
    }

    private final class StubCaseFile implements CaseFile {

        @Override
        public Place place(String reference) {
            return new Place("noorderkim", "zonnewijzer");
        }

        @Override
        public Map<String, Place> places(java.util.Collection<String> references) {
            Map<String, Place> places = new java.util.HashMap<>();
            references.forEach(r -> places.put(r, place(r)));
            return places;
        }

        @Override
        public Instant reportedAt(String reference) {
            return reportedAt;
        }

        @Override
        public void recordTriagePolicy(String reference, Map<String, Object> suggestions, String ownerGroup) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Object> triagePolicy(String reference) {
            return Map.of();
        }

        @Override
        public String ownerGroup(String reference) {
            return owner;
        }

        @Override
        public long earlierCasesOfOffender(String reference) {
            return earlierOffences;
        }

        @Override
        public void recordSanctionPolicy(String reference, Map<String, Object> suggestion) {
            throw new UnsupportedOperationException();
        }
    }
}
