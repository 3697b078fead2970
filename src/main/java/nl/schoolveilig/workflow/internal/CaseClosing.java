package nl.schoolveilig.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import nl.schoolveilig.workflow.CaseClosed;

/**
 * Closes a case from the process: the case record follows through {@link CaseClosed}. Public because
 * the BPMN calls its methods by expression, which needs a public class.
 */
@Component("caseClosing")
public class CaseClosing {

    private final ApplicationEventPublisher events;

    CaseClosing(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** The reporter withdrew the report. */
    public void closeWithdrawn(DelegateExecution execution) {
        events.publishEvent(new CaseClosed(execution.getProcessBusinessKey(), CaseClosed.WITHDRAWN,
                CaseVariables.WITHDRAWAL_REASON.from(execution), ClockUtil.getCurrentTime().toInstant()));
    }

    /** Every track is done and the owner summarised the case. */
    public void closeCompleted(DelegateExecution execution) {
        events.publishEvent(new CaseClosed(execution.getProcessBusinessKey(), CaseClosed.COMPLETED,
                CaseVariables.CLOSING_SUMMARY.from(execution), ClockUtil.getCurrentTime().toInstant()));
    }

    /** The triage owner decided the school is not involved: close with the advice to the reporter. */
    public void closeNotInvolved(DelegateExecution execution) {
        events.publishEvent(new CaseClosed(execution.getProcessBusinessKey(), CaseClosed.NOT_INVOLVED,
                CaseVariables.ADVICE_TO_REPORTER.from(execution), ClockUtil.getCurrentTime().toInstant()));
    }
}
