package nl.schoolveilig.tasks.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.schoolveilig.workflow.CandidateGroups;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working a task: opening it with its form, claiming, giving it back, completing with the task form's
 * checks. Who may act on a task follows its candidate groups and assignee. The list of a person's
 * tasks is {@link TaskList}.
 */
@Service
public class TaskWork {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final TaskService tasks;
    private final HistoryService history;
    private final TaskForms forms;
    private final FormCheck formCheck;
    private final TaskList taskList;
    private final MessageSource messages;

    TaskWork(TaskService tasks, HistoryService history, TaskForms forms, FormCheck formCheck, TaskList taskList,
            MessageSource messages) {
        this.tasks = tasks;
        this.history = history;
        this.forms = forms;
        this.formCheck = formCheck;
        this.taskList = taskList;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    TaskDetail detail(String taskId, String user, Collection<String> groups) {
        Task task = visibleTask(taskId, user, groups);
        TaskForm form = forms.form(formId(task)).orElse(null);
        Map<String, Object> values = new LinkedHashMap<>();
        if (form != null) {
            Map<String, Object> variables = FormCheck.plainValues(tasks.getVariablesTyped(taskId, false));
            form.fields().forEach(f -> values.put(f.key(), variables.get(f.key())));
        }
        return new TaskDetail(taskList.summary(task), form, values);
    }

    /** One task as the list shows it, for someone who may work on it. */
    @Transactional(readOnly = true)
    public TaskSummary summary(String taskId, String user, Collection<String> groups) {
        return taskList.summary(visibleTask(taskId, user, groups));
    }

    @Transactional
    public TaskSummary claim(String taskId, String user, Collection<String> groups) {
        Task task = visibleTask(taskId, user, groups);
        if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
            throw new TaskProblems.Conflict(message("task.conflict.claimed", task.getAssignee()));
        }
        try {
            tasks.setAssignee(taskId, user);
        } catch (OptimisticLockingException e) {
            throw new TaskProblems.Conflict(message("task.conflict.concurrent"));
        }
        Task claimed = tasks.createTaskQuery().taskId(taskId).singleResult();
        return taskList.summary(claimed);
    }

    @Transactional
    public void unclaim(String taskId, String user, Collection<String> groups) {
        Task task = visibleTask(taskId, user, groups);
        if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
            throw new TaskProblems.Conflict(message("task.conflict.claimed", task.getAssignee()));
        }
        tasks.setAssignee(taskId, null);
    }

    /**
     * Completes the task with the submitted form fields; the person becomes its assignee on record.
     * The form is checked here first, so a mistake is answered with every field at once without
     * touching the engine; the engine checks the same rules again on completion ({@link CompletionRules}),
     * which is what makes them hold in Tasklist and on {@code /engine-rest} too.
     */
    @Transactional
    public void complete(String taskId, String user, Collection<String> groups, Map<String, Object> submitted) {
        Task task = visibleTask(taskId, user, groups);
        if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
            throw new TaskProblems.Conflict(message("task.conflict.claimed", task.getAssignee()));
        }
        TaskForm form = forms.form(formId(task)).orElse(TaskForm.none());
        FormCheck.Result result = formCheck.check(form, submitted, FormCheck.plainValues(tasks.getVariablesTyped(taskId, false)));
        if (!result.valid()) {
            throw new TaskProblems.InvalidInput(result.problems());
        }
        try {
            if (task.getAssignee() == null) {
                tasks.setAssignee(taskId, user);
            }
            tasks.complete(taskId, result.accepted());
        } catch (RejectedTaskInput e) {
            if (e.problems().isEmpty()) {
                throw new TaskProblems.Conflict(e.getMessage());
            }
            throw new TaskProblems.InvalidInput(e.problems());
        } catch (OptimisticLockingException e) {
            throw new TaskProblems.Conflict(message("task.conflict.concurrent"));
        }
    }

    private static String formId(Task task) {
        return task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey();
    }

    private Task visibleTask(String taskId, String user, Collection<String> groups) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
            if (done != null && done.getEndTime() != null && mayHaveSeen(done, user, groups)) {
                throw new TaskProblems.Conflict(message("task.conflict.completed", done.getAssignee(),
                        DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").format(done.getEndTime().toInstant().atZone(DUTCH_TIME))));
            }
            throw new TaskProblems.NotFound();
        }
        if (!user.equals(task.getAssignee()) && !offeredTo(taskId, user, groups)) {
            throw new TaskProblems.NotFound();
        }
        return task;
    }

    private boolean mayHaveSeen(HistoricTaskInstance done, String user, Collection<String> groups) {
        if (user.equals(done.getAssignee())) {
            return true;
        }
        return history.createHistoricIdentityLinkLogQuery().taskId(done.getId()).list().stream()
                .anyMatch(link -> link.getGroupId() != null && groups.contains(link.getGroupId())
                        || user.equals(link.getUserId()));
    }

    /** The task is offered to one of the person's groups, or to the person by name (a request's decider). */
    private boolean offeredTo(String taskId, String user, Collection<String> groups) {
        List<IdentityLink> links = tasks.getIdentityLinksForTask(taskId);
        return !disjoint(CandidateGroups.of(links), groups) || links.stream()
                .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && user.equals(l.getUserId()));
    }

    private static boolean disjoint(List<String> a, Collection<String> b) {
        return a.stream().noneMatch(b::contains);
    }


    private String message(String code, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, args, locale);
    }
}
