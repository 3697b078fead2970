package nl.schoolveilig.tasks.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.incident.CaseBrief;
import nl.schoolveilig.incident.CaseList;
import nl.schoolveilig.directory.School;
import nl.schoolveilig.workflow.CandidateGroups;
import nl.schoolveilig.workflow.CaseFile;
import nl.schoolveilig.workflow.RequestReference;
import nl.schoolveilig.requests.Requests;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's task list: the tasks of their groups, those offered to them by name, and their own, overdue
 * first, each with its case (or request) and school. Read in bulk, in a fixed number of queries however long the list is: the tasks, their
 * process instances (the case reference), their candidate groups, the cases' schools.
 */
@Service
public class TaskList {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CandidateGroups candidateGroups;
    private final CaseFile cases;
    private final Directory directory;
    private final Clock clock;
    private final CaseList caseList;
    private final Requests requests;

    TaskList(TaskService tasks, RuntimeService runtime, CandidateGroups candidateGroups, CaseFile cases,
            Directory directory, Clock clock, CaseList caseList, Requests requests) {
        this.caseList = caseList;
        this.requests = requests;
        this.tasks = tasks;
        this.runtime = runtime;
        this.candidateGroups = candidateGroups;
        this.cases = cases;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TaskSummary> workOf(String user, Collection<String> groups) {
        Map<String, Task> visible = new LinkedHashMap<>();
        tasks.createTaskQuery().taskAssignee(user).list().forEach(t -> visible.put(t.getId(), t));
        // A request's task can go to a person by name (the intern's supervisor, the group's teachers). Asked of
        // the identity links directly: Camunda's taskCandidateUser would fetch the groups' tasks a second time.
        List<String> offered = candidateGroups.openTasksOfferedTo(user);
        if (!offered.isEmpty()) {
            tasks.createTaskQuery().taskIdIn(offered.toArray(String[]::new)).list().forEach(t -> visible.put(t.getId(), t));
        }
        if (!groups.isEmpty()) {
            tasks.createTaskQuery().taskCandidateGroupIn(new ArrayList<>(groups)).includeAssignedTasks().list()
                    .forEach(t -> visible.put(t.getId(), t));
        }
        return summaries(visible.values()).stream()
                .sorted(Comparator.comparing(TaskSummary::overdue).reversed()
                        .thenComparing(TaskSummary::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(TaskSummary::created))
                .toList();
    }

    /** The tasks as the list shows them, in the order given. */
    List<TaskSummary> summaries(Collection<Task> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = list.stream().map(Task::getProcessInstanceId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<String, String> references = instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .filter(p -> p.getBusinessKey() != null)
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<String, CaseFile.Place> places = cases.places(Set.copyOf(references.values()));
        Map<String, String> schoolNames = directory.schools().stream()
                .collect(Collectors.toMap(School::id, School::name, (a, b) -> a));
        Map<String, List<String>> groups = candidateGroups.ofOpenTasks(list.stream().map(Task::getId).toList());
        Map<String, CaseBrief> briefs = caseList.briefs(Set.copyOf(references.values()));
        Map<String, Requests.Brief> requestBriefs = requests.briefs(references.values().stream()
                .filter(RequestReference::is).collect(Collectors.toSet()));
        Map<String, String> names = directory.displayNames(list.stream().map(Task::getAssignee)
                .filter(a -> a != null).collect(Collectors.toSet()));
        Instant now = clock.instant();
        return list.stream().map(task -> {
            String reference = references.get(task.getProcessInstanceId());
            CaseFile.Place place = reference == null ? null : places.get(reference);
            Requests.Brief request = reference == null ? null : requestBriefs.get(reference);
            String schoolId = place != null ? place.schoolId() : request != null ? request.schoolId() : null;
            Instant due = instant(task.getDueDate());
            CaseBrief brief = reference == null ? null : briefs.get(reference);
            return new TaskSummary(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getDescription(),
                    reference, schoolId, schoolId == null ? null : schoolNames.getOrDefault(schoolId, schoolId),
                    brief == null ? null : brief.category(), brief == null ? null : brief.severity(),
                    brief == null ? null : brief.summary(), groups.getOrDefault(task.getId(), List.of()),
                    task.getAssignee(), task.getAssignee() == null ? null : names.get(task.getAssignee()),
                    instant(task.getCreateTime()), due, due != null && due.isBefore(now),
                    request == null ? null : request.type());
        }).toList();
    }

    TaskSummary summary(Task task) {
        return summaries(List.of(task)).get(0);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
