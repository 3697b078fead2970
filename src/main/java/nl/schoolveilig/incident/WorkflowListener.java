package nl.schoolveilig.incident;

import nl.schoolveilig.workflow.RequestReference;
import nl.schoolveilig.workflow.CaseClosed;
import nl.schoolveilig.workflow.DeadlineMissed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the case record in step with its workflow, in the workflow's own transaction. */
@Component
class WorkflowListener {

    private final IncidentRepository incidents;
    private final MissedDeadlineRepository missedDeadlines;

    WorkflowListener(IncidentRepository incidents, MissedDeadlineRepository missedDeadlines) {
        this.incidents = incidents;
        this.missedDeadlines = missedDeadlines;
    }

    @EventListener(condition = RequestReference.OF_A_CASE)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DeadlineMissed missed) {
        Incident incident = incidents.findByReference(missed.reference())
                .orElseThrow(() -> new IllegalStateException("No case " + missed.reference()));
        missedDeadlines.save(new MissedDeadline(incident.id(), missed.taskId(), missed.taskKey(), missed.taskName(),
                missed.due(), missed.missedAt()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseClosed closed) {
        Incident incident = incidents.findByReference(closed.reference())
                .orElseThrow(() -> new IllegalStateException("No case " + closed.reference()));
        incident.close(closed.reason(), closed.summary(), closed.at());
    }
}
