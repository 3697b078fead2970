package nl.schoolveilig.incident;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earlier cases of the same offender at the same board, which raise the suggested measure: the same
 * role and the same name (ignoring case and spacing). Without a name nobody is recognised.
 * Public because the BPMN calls it by expression ({@code ${offenderHistory.count(execution)}}).
 */
@Component("offenderHistory")
public class OffenderHistory {

    private final IncidentRepository incidents;

    OffenderHistory(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void count(DelegateExecution execution) {
        Incident incident = incidents.findByReference(execution.getProcessBusinessKey())
                .orElseThrow(() -> new IllegalStateException("No case " + execution.getProcessBusinessKey()));
        IncidentReport.Involved offender = incident.report().offender();
        long earlier = offender.name() == null ? 0 : incidents.countEarlierCasesOf(incident.boardId(),
                offender.role(), normalise(offender.name()), incident.reportedAt());
        execution.setVariable("earlierOffences", earlier);
    }

    static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
