package nl.schoolveilig.incident;

import nl.schoolveilig.workflow.RequestReference;
import nl.schoolveilig.workflow.StepCompleted;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.schoolveilig.workflow.CaseTriaged;
import nl.schoolveilig.workflow.TaskAssigned;
import nl.schoolveilig.workflow.TaskEnded;
import nl.schoolveilig.workflow.TaskUpdated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what the case list filters on in step with the workflow, in the workflow's own transaction:
 * the open tasks, everyone who was given one, the decided severity and who outside the school took part.
 */
@Component
class CaseProgress {

    private final IncidentRepository incidents;
    private final CaseOpenTaskRepository openTasks;
    private final Clock clock;

    CaseProgress(IncidentRepository incidents, CaseOpenTaskRepository openTasks, Clock clock) {
        this.incidents = incidents;
        this.openTasks = openTasks;
        this.clock = clock;
    }

    @EventListener(condition = RequestReference.OF_A_CASE)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TaskAssigned assigned) {
        Incident incident = incident(assigned.reference());
        if (assigned.created()) {
            openTasks.save(new CaseOpenTask(assigned.taskId(), incident.id(), assigned.taskKey(), assigned.name(),
                    assigned.assignee(), assigned.due(), clock.instant()));
        } else {
            openTasks.findById(assigned.taskId()).ifPresent(task -> task.assignTo(assigned.assignee()));
        }
        List<String> participants = new ArrayList<>(assigned.candidateGroups());
        participants.add(assigned.assignee());
        incident.participating(participants);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TaskUpdated updated) {
        openTasks.findById(updated.taskId()).ifPresent(task -> task.dueAt(updated.due()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TaskEnded ended) {
        openTasks.findById(ended.taskId()).ifPresent(openTasks::delete);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseTriaged triaged) {
        Incident incident = incident(triaged.reference());
        triaged.decisions().stream().filter(d -> "severity".equals(d.question()) && d.decided() != null).findFirst()
                .ifPresent(d -> incident.severityDecided(d.decided().toString()));
    }

    @EventListener(condition = RequestReference.OF_A_CASE)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(StepCompleted step) {
        Map<String, String> values = step.fields().stream().filter(f -> f.value() != null)
                .collect(Collectors.toMap(StepCompleted.Field::key, StepCompleted.Field::value, (a, b) -> a));
        Involvement.recordedBy(step.taskKey(), values).ifPresent(incident(step.reference())::involved);
    }

    private Incident incident(String reference) {
        return incidents.findByReference(reference)
                .orElseThrow(() -> new IllegalStateException("No case " + reference));
    }
}
