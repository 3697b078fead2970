package nl.schoolveilig.incident;

import nl.schoolveilig.workflow.CaseClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Marks the case closed in the same transaction in which its workflow closed it. */
@Component
class CaseClosedListener {

    private final IncidentRepository incidents;

    CaseClosedListener(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseClosed closed) {
        Incident incident = incidents.findByReference(closed.reference())
                .orElseThrow(() -> new IllegalStateException("No case " + closed.reference()));
        incident.close(closed.reason(), closed.summary(), closed.at());
    }
}
