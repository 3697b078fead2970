package nl.schoolveilig.workflow.internal;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;
import nl.schoolveilig.workflow.BreachLog;
import nl.schoolveilig.workflow.CaseFile;

/**
 * The data-breach process writes the breach register through here ({@code ${breachRegister.record(execution)}},
 * {@code ${breachRegister.notified(execution)}}): what the privacy officer recorded in the assessment and
 * in the notice to the Autoriteit Persoonsgegevens. Public because the BPMN calls it by expression.
 */
@Component("breachRegister")
public class BreachRecording {

    private final BreachLog register;
    private final CaseFile cases;
    private final HistoryService history;

    BreachRecording(BreachLog register, CaseFile cases, HistoryService history) {
        this.register = register;
        this.cases = cases;
        this.history = history;
    }

    public void record(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        CaseFile.Place place = cases.place(reference);
        register.register(new BreachLog.Registration(reference, place.boardId(), place.schoolId(),
                cases.reportedAt(reference), assessor(execution), CaseVariables.BREACH_DESCRIPTION.from(execution),
                CaseVariables.BREACH_MEASURES.from(execution), CaseVariables.BREACH_REPORTABLE.isYes(execution),
                CaseVariables.BREACH_HIGH_RISK.isYes(execution)));
    }

    public void notified(DelegateExecution execution) {
        register.authorityNotified(execution.getProcessBusinessKey(), CaseVariables.AUTHORITY_NOTIFIED_ON.from(execution),
                CaseVariables.AUTHORITY_REFERENCE.from(execution));
    }

    private String assessor(DelegateExecution execution) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("AssessBreach").finished().orderByHistoricTaskInstanceEndTime().desc().list().stream()
                .findFirst().map(HistoricTaskInstance::getAssignee).orElse(null);
    }
}
