package nl.schoolveilig.workflow;

import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

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

    public void record(DelegateExecution execution, String taskKey, Date due, String group) {
        Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey).singleResult();
        events.publishEvent(new DeadlineMissed(execution.getProcessBusinessKey(), task == null ? null : task.getId(),
                taskKey, task == null ? taskKey : task.getName(), group, due.toInstant(),
                ClockUtil.getCurrentTime().toInstant()));
    }
}
