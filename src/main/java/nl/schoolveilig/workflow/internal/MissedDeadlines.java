package nl.schoolveilig.workflow.internal;

import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import nl.schoolveilig.workflow.CandidateGroups;
import nl.schoolveilig.workflow.DeadlineMissed;

/**
 * Called by the process when a task's term has passed (a non-interrupting timer): publishes
 * {@link DeadlineMissed} so the case records it, the lifecycle event goes out and the group is reminded.
 * Public because the BPMN calls it by expression, which needs a public class.
 */
@Component("missedDeadlines")
public class MissedDeadlines {

    private final TaskService tasks;
    private final ApplicationEventPublisher events;

    MissedDeadlines(TaskService tasks, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.events = events;
    }

    /**
     * The open task {@code taskKey} of this process passed its due date: recorded with that due date
     * and the group that holds the task. {@code ${missedDeadlines.recordMissed(execution, 'TriageIncident')}}
     */
    public void recordMissed(DelegateExecution execution, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("No open task " + taskKey + " in " + execution.getProcessBusinessKey());
        }
        String group = holder(tasks.getIdentityLinksForTask(task.getId()));
        Date due = task.getDueDate() == null ? ClockUtil.getCurrentTime() : task.getDueDate();
        events.publishEvent(new DeadlineMissed(execution.getProcessBusinessKey(), task.getId(), taskKey, task.getName(),
                group, due.toInstant(), ClockUtil.getCurrentTime().toInstant()));
    }

    /** The task's first candidate group, else the first person it is offered to by name. */
    static String holder(java.util.List<org.camunda.bpm.engine.task.IdentityLink> links) {
        return CandidateGroups.of(links).stream().findFirst().orElseGet(() -> links.stream()
                .filter(l -> org.camunda.bpm.engine.task.IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
                .map(org.camunda.bpm.engine.task.IdentityLink::getUserId).sorted().findFirst().orElse(null));
    }

    /** As the first process version calls it; kept so its running cases complete. */
    public void record(DelegateExecution execution, String taskKey, Date due, String group) {
        Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey).singleResult();
        events.publishEvent(new DeadlineMissed(execution.getProcessBusinessKey(), task == null ? null : task.getId(),
                taskKey, task == null ? taskKey : task.getName(), group, due.toInstant(),
                ClockUtil.getCurrentTime().toInstant()));
    }
}
