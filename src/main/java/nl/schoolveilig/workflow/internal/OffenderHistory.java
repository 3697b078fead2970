package nl.schoolveilig.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import nl.schoolveilig.workflow.CaseFile;

/**
 * Earlier cases of the same offender at the same board raise the suggested measure
 * ({@code ${offenderHistory.count(execution)}} before the catalogue runs). Public because the BPMN
 * calls it by expression.
 */
@Component("offenderHistory")
public class OffenderHistory {

    private final CaseFile cases;

    OffenderHistory(CaseFile cases) {
        this.cases = cases;
    }

    public void count(DelegateExecution execution) {
        CaseVariables.EARLIER_OFFENCES.set(execution, cases.earlierCasesOfOffender(execution.getProcessBusinessKey()));
    }
}
