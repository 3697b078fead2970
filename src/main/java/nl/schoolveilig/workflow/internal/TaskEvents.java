package nl.schoolveilig.workflow.internal;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import nl.schoolveilig.workflow.CandidateGroups;
import nl.schoolveilig.workflow.CaseTriaged;
import nl.schoolveilig.workflow.TaskAssigned;
import nl.schoolveilig.workflow.TaskEnded;
import nl.schoolveilig.workflow.TaskUpdated;
import nl.schoolveilig.workflow.TriageDecision;

/**
 * Turns the engine's task events (Camunda's Spring eventing) into the case events the rest of the
 * application cares about: a task assigned to a group or person, and a case triaged.
 */
@Component
class TaskEvents {

    private final ApplicationEventPublisher events;

    TaskEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener(condition = "#task.eventName == 'create' or #task.eventName == 'assignment'")
    void assigned(DelegateTask task) {
        List<String> groups = CandidateGroups.of(task.getCandidates());
        List<String> users = task.getCandidates().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
                .map(l -> l.getUserId()).distinct().sorted().toList();
        events.publishEvent(new TaskAssigned(task.getExecution().getProcessBusinessKey(), task.getId(),
                task.getTaskDefinitionKey(), task.getName(), groups, users, task.getAssignee(), instant(task.getDueDate()),
                TaskListener.EVENTNAME_CREATE.equals(task.getEventName())));
    }

    @EventListener(condition = "#task.eventName == 'update'")
    void updated(DelegateTask task) {
        events.publishEvent(new TaskUpdated(task.getExecution().getProcessBusinessKey(), task.getId(),
                instant(task.getDueDate())));
    }

    @EventListener(condition = "#task.eventName == 'complete' or #task.eventName == 'delete'")
    void ended(DelegateTask task) {
        events.publishEvent(new TaskEnded(task.getExecution().getProcessBusinessKey(), task.getId(),
                task.getTaskDefinitionKey(), TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())));
    }

    @EventListener(condition = "#task.eventName == 'complete' and #task.taskDefinitionKey == 'TriageIncident'")
    void triaged(DelegateTask task) {
        List<TriageDecision> decisions = TriageQuestions.ALL.stream()
                .map(q -> new TriageDecision(q, task.getVariable(TriageQuestions.suggested(q)),
                        task.getVariable(TriageQuestions.decision(q)), (String) task.getVariable(TriageQuestions.motivation(q)),
                        task.getAssignee(), ClockUtil.getCurrentTime().toInstant()))
                .toList();
        events.publishEvent(new CaseTriaged(task.getExecution().getProcessBusinessKey(), task.getAssignee(), decisions));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
