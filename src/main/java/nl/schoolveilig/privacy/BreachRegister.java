package nl.schoolveilig.privacy;

import java.time.Clock;
import java.util.Date;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * The privacy track writes the breach register through here ({@code ${breachRegister.record(execution)}}):
 * every confirmed breach, with the privacy officer's assessment, and later the notification to the
 * Autoriteit Persoonsgegevens. Public because the BPMN calls it by expression, which needs a public class.
 */
@Component("breachRegister")
public class BreachRegister {

    private final BreachRepository breaches;
    private final HistoryService history;
    private final Clock clock;

    BreachRegister(BreachRepository breaches, HistoryService history, Clock clock) {
        this.breaches = breaches;
        this.history = history;
        this.clock = clock;
    }

    public void record(DelegateExecution execution) {
        breaches.save(new Breach(execution.getProcessBusinessKey(), (String) execution.getVariable("boardId"),
                (String) execution.getVariable("schoolId"), ((Date) execution.getVariable("reportedAt")).toInstant(),
                clock.instant(), assessor(execution), (String) execution.getVariable("breachDescription"),
                (String) execution.getVariable("breachMeasures"), isTrue(execution, "breachReportable"),
                isTrue(execution, "breachHighRisk")));
    }

    public void notified(DelegateExecution execution) {
        Breach breach = breaches.findByIncidentReference(execution.getProcessBusinessKey())
                .orElseThrow(() -> new IllegalStateException("No breach registered for " + execution.getProcessBusinessKey()));
        breach.authorityNotified((String) execution.getVariable("authorityNotifiedOn"),
                (String) execution.getVariable("authorityReference"), clock.instant());
    }

    private String assessor(DelegateExecution execution) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("AssessBreach").finished().orderByHistoricTaskInstanceEndTime().desc().list().stream()
                .findFirst().map(HistoricTaskInstance::getAssignee).orElse(null);
    }

    private static boolean isTrue(DelegateExecution execution, String name) {
        return Boolean.TRUE.equals(execution.getVariable(name));
    }
}
