package nl.schoolveilig.workflow.internal;

import java.time.Clock;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import nl.schoolveilig.workflow.DeadlineMissed;

/**
 * Notices tasks whose due date has passed and publishes {@link DeadlineMissed} once per task, so the
 * miss is recorded on the case, announced and mailed to the task's group. Tasks whose BPMN says
 * {@code <camunda:property name="deadline" value="escalated-by-process"/>} (the triage, the search for
 * another school: they have their own timer) are left to the process, which escalates them as the
 * policy says.
 */
@Component
class OverdueTaskWatch {

    private static final Logger log = LoggerFactory.getLogger(OverdueTaskWatch.class);

    /** Tasklist sorts by priority; 50 is the engine's default. */
    static final int OVERDUE_PRIORITY = 80;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Set<String> noticed = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> tasksWithOwnTimer = new ConcurrentHashMap<>();

    OverdueTaskWatch(TaskService tasks, RuntimeService runtime, RepositoryService repository,
            ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${schoolveilig.deadlines.watch-interval:60s}")
    void watch() {
        for (Task task : tasks.createTaskQuery().dueBefore(Date.from(clock.instant())).list()) {
            if (noticed.contains(task.getId()) || hasOwnTimer(task) || task.getProcessInstanceId() == null) {
                continue;
            }
            try {
                transaction.executeWithoutResult(status -> notice(task));
            } catch (RuntimeException e) {
                // Another node noticed it at the same moment, or the case ended meanwhile: next round decides.
                log.info("Overdue task {} not noticed this round: {}", task.getId(), e.getMessage());
            }
        }
        noticed.retainAll(tasks.createTaskQuery().dueBefore(Date.from(clock.instant())).list().stream()
                .map(Task::getId).toList());
    }

    private void notice(Task task) {
        if (Boolean.TRUE.equals(tasks.getVariableLocal(task.getId(), CaseVariables.DEADLINE_MISSED_NOTICED.name()))) {
            noticed.add(task.getId());
            return;
        }
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult();
        if (instance == null) {
            return;
        }
        String reference = instance.getBusinessKey();
        String group = MissedDeadlines.holder(tasks.getIdentityLinksForTask(task.getId()));
        events.publishEvent(new DeadlineMissed(reference, task.getId(), task.getTaskDefinitionKey(), task.getName(),
                group, task.getDueDate().toInstant(), clock.instant()));
        // Marked on the task itself, in the same transaction: every node sees it, a restart too. Raising
        // the priority updates the task row, so two nodes noticing at once collide on its revision.
        tasks.setVariableLocal(task.getId(), CaseVariables.DEADLINE_MISSED_NOTICED.name(), true);
        tasks.setPriority(task.getId(), OVERDUE_PRIORITY);
        noticed.add(task.getId());
    }

    private boolean hasOwnTimer(Task task) {
        return tasksWithOwnTimer.computeIfAbsent(task.getProcessDefinitionId(), this::activitiesThatEscalateThemselves)
                .contains(task.getTaskDefinitionKey());
    }

    private Set<String> activitiesThatEscalateThemselves(String processDefinitionId) {
        Set<String> activities = new HashSet<>();
        for (UserTask userTask : repository.getBpmnModelInstance(processDefinitionId).getModelElementsByType(UserTask.class)) {
            if (userTask.getExtensionElements() == null) {
                continue;
            }
            userTask.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                    .flatMap(properties -> properties.getCamundaProperties().stream())
                    .filter(property -> "deadline".equals(property.getCamundaName())
                            && "escalated-by-process".equals(property.getCamundaValue()))
                    .findFirst().ifPresent(property -> activities.add(userTask.getId()));
        }
        return activities;
    }
}
