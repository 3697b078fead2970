package nl.schoolveilig.requests;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The beans the request BPMN files call, standing in for the request record and the directory in the plain
 * process tests: the request VZ-2026-000001 of school zonnewijzer (board noorderkim), made by {@link #requester};
 * the decision is what the test says the decider recorded. Terms are whole days from the engine's clock.
 */
public class RequestProcessBeans implements BeforeEachCallback, AfterEachCallback {

    static final String REFERENCE = "VZ-2026-000001";
    static final long DAY = 24L * 3600 * 1000;

    static ProcessEngineCoverageExtension coverage() {
        return ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();
    }

    private final ProcessEngineCoverageExtension extension;

    String requester = "pdevries";
    boolean leaderOrBoardAsks;
    String decision;
    List<String> teachers = List.of("avermeer");
    final List<String> missed = new ArrayList<>();

    RequestProcessBeans(ProcessEngineCoverageExtension extension) {
        this.extension = extension;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BpmnAwareTests.init(extension.getProcessEngine());
        ClockUtil.setCurrentTime(new Date());
        Mocks.register("requestRouting", this);
        Mocks.register("terms", new Terms());
        Mocks.register("missedDeadlines", new Missed());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Mocks.reset();
        ClockUtil.reset();
    }

    org.camunda.bpm.engine.runtime.ProcessInstance start(String process) {
        return extension.getProcessEngine().getRuntimeService().startProcessInstanceByKey(process, REFERENCE);
    }

    // requestRouting
    public String group(String role, DelegateExecution execution) {
        return role.toLowerCase().replace("_", "") + "_zonnewijzer";
    }

    public String leaderOrBoard(DelegateExecution execution) {
        return leaderOrBoardAsks ? "board_noorderkim" : "schoolleader_zonnewijzer";
    }

    public boolean askedByLeaderOrBoard(DelegateExecution execution) {
        return leaderOrBoardAsks;
    }

    public String supervisor(DelegateExecution execution) {
        return "sdekker";
    }

    public List<String> teachers(DelegateExecution execution) {
        return teachers;
    }

    public String requester(DelegateExecution execution) {
        return requester;
    }

    public String board(DelegateExecution execution) {
        return "noorderkim";
    }

    public String decision(DelegateExecution execution) {
        return decision;
    }

    /** Terms in school days, counted here as whole days (the school calendar has its own tests). */
    public static class Terms {
        public Date dueAtBoard(String term, String boardId) {
            int days = switch (term) {
                case "INTERN_POST_DECISION" -> 2;
                case "INTERN_POST_ESCALATION" -> 3;
                case "PUBLICATION_ADVICE" -> 1;
                default -> throw new IllegalArgumentException(term);
            };
            return new Date(ClockUtil.getCurrentTime().getTime() + days * DAY);
        }
    }

    public class Missed {
        public void recordMissed(DelegateExecution execution, String taskKey) {
            missed.add(taskKey + " of " + execution.getProcessBusinessKey());
        }
    }
}
