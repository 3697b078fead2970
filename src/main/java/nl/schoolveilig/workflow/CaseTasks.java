package nl.schoolveilig.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The tasks of a case as the case view reads them, across the case's main process and the processes
 * it calls (they share the reference as business key): in a fixed number of queries, however many
 * tasks the case has.
 */
@Service
public class CaseTasks {

    private final TaskService tasks;
    private final HistoryService history;
    private final CandidateGroups candidateGroups;

    CaseTasks(TaskService tasks, HistoryService history, CandidateGroups candidateGroups) {
        this.tasks = tasks;
        this.history = history;
        this.candidateGroups = candidateGroups;
    }

    /** The case's open tasks, oldest first, with who may work them. Two queries. */
    public List<OpenTask> openTasks(String reference) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(reference).orderByTaskCreateTime().asc().list();
        Map<String, List<String>> groups = candidateGroups.ofOpenTasks(open.stream().map(Task::getId).toList());
        return open.stream().map(task -> new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                groups.getOrDefault(task.getId(), List.of()), task.getAssignee(), instant(task.getCreateTime()),
                instant(task.getDueDate()))).toList();
    }

    /** What happened to the case's tasks and who ever had one. Two queries. */
    public TaskHistory history(String reference) {
        List<HistoricTaskInstance> all = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference).list();
        List<TimelineEntry> timeline = new ArrayList<>();
        Set<String> participants = new HashSet<>();
        for (HistoricTaskInstance task : all) {
            timeline.add(new TimelineEntry(task.getStartTime().toInstant(), "TASK_CREATED", task.getTaskDefinitionKey(),
                    task.getName(), null));
            if (task.getEndTime() != null) {
                timeline.add(new TimelineEntry(task.getEndTime().toInstant(), "TASK_COMPLETED", task.getTaskDefinitionKey(),
                        task.getName(), task.getAssignee()));
            }
            if (task.getAssignee() != null) {
                participants.add(task.getAssignee());
            }
        }
        candidateGroups.everInvolvedIn(all.stream().map(HistoricTaskInstance::getId).toList()).values()
                .forEach(participants::addAll);
        timeline.sort(Comparator.comparing(TimelineEntry::at));
        return new TaskHistory(List.copyOf(timeline), Set.copyOf(participants));
    }

    /**
     * @param timeline     tasks created and completed, in order
     * @param participants users and groups that ever had a task on the case (candidates or assignees)
     */
    public record TaskHistory(List<TimelineEntry> timeline, Set<String> participants) {
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
