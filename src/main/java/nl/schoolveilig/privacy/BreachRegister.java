package nl.schoolveilig.privacy;

import java.time.Clock;
import java.util.Date;

import nl.schoolveilig.workflow.CaseFile;
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
    private final CaseFile cases;
    private final Clock clock;

    BreachRegister(BreachRepository breaches, HistoryService history, CaseFile cases, Clock clock) {
        this.breaches = breaches;
        this.cases = cases;
        this.history = history;
        this.clock = clock;
    }

    public void record(DelegateExecution execution) {
        CaseFile.Place place = cases.place(execution.getProcessBusinessKey());
        breaches.save(new Breach(execution.getProcessBusinessKey(), place.boardId(), place.schoolId(),
                ((Date) execution.getVariable("reportedAt")).toInstant(),
                clock.instant(), assessor(execution), (String) execution.getVariable("breachDescription"),
                (String) execution.getVariable("breachMeasures"), isYes(execution, "breachReportable"),
                isYes(execution, "breachHighRisk")));
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

    private static boolean isYes(DelegateExecution execution, String name) {
        return "YES".equals(execution.getVariable(name));
    }
}
