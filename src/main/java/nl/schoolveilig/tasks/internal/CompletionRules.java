package nl.schoolveilig.tasks.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.schoolveilig.workflow.StepCompleted;
import nl.schoolveilig.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The rules the engine applies to every user task, whatever path a person takes (our pages and API,
 * Tasklist, {@code /engine-rest}): a task is completed by the person who holds it, with only its
 * form's fields, each checked as the form says; what the step recorded goes on the case in the same
 * transaction. Someone who does not administer the engine may claim a task and give back their own,
 * nothing else: no reassigning, no candidates added or removed, no comments, no delegation.
 */
@Component
class CompletionRules {

    private final TaskForms forms;
    private final FormCheck formCheck;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    CompletionRules(TaskForms forms, FormCheck formCheck, MessageSource messages, ApplicationEventPublisher events) {
        this.forms = forms;
        this.formCheck = formCheck;
        this.messages = messages;
        this.events = events;
    }

    void completing(DelegateTask task, String formId) {
        Authentication person = Context.getCommandContext().getAuthentication();
        String holder = task.getAssignee();
        if (holder == null) {
            throw rejected("task.rejected.notClaimed");
        }
        if (VariableWrites.isRestricted(person) && !person.getUserId().equals(holder)) {
            throw rejected("task.rejected.heldByOther", holder);
        }
        VariableMap variables = task.getVariablesTyped(false);
        Set<String> submittedNames = new TreeSet<>(VariableWrites.current().submittedTo(task.getProcessInstanceId()));
        // Transient variables leave no history event, but the rest of this command would see them.
        variables.keySet().stream().filter(name -> variables.getValueTyped(name).isTransient()).forEach(submittedNames::add);
        Map<String, Object> submitted = new LinkedHashMap<>();
        submittedNames.forEach(name -> submitted.put(name, FormCheck.plain(variables.getValueTyped(name))));

        TaskForm form = forms.form(formId).orElse(TaskForm.none());
        FormCheck.Result result = formCheck.check(form, submitted, FormCheck.plainValues(variables));
        if (!result.valid()) {
            throw new RejectedTaskInput(summary(result.problems()), result.problems());
        }
        events.publishEvent(new StepCompleted(task.getExecution().getProcessBusinessKey(), task.getId(),
                task.getTaskDefinitionKey(), task.getName(), formId, holder, ClockUtil.getCurrentTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), recorded(form, result.recorded())));
    }

    /** Claiming a free task and giving back one's own are the only changes to a task a person may make. */
    void updating(DelegateTask task) {
        Authentication person = Context.getCommandContext().getAuthentication();
        if (!VariableWrites.isRestricted(person)) {
            return;
        }
        Command<?> command = Context.getCommandInvocationContext().getCommand();
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
            return;
        }
        if (command instanceof ClaimTaskCmd || command instanceof AssignTaskCmd) {
            PropertyChange assignee = ((TaskEntity) task).getPropertyChanges().get(TaskEntity.ASSIGNEE);
            Object before = assignee == null ? null : assignee.getOrgValue();
            Object after = assignee == null ? null : assignee.getNewValue();
            String self = person.getUserId();
            if (before != null && !self.equals(before)) {
                throw rejected("task.rejected.heldByOther", before);
            }
            if (after == null || self.equals(after)) {
                return;
            }
        }
        throw rejected("task.rejected.administratorsOnly");
    }

    private List<StepCompleted.Field> recorded(TaskForm form, Map<String, Object> values) {
        List<StepCompleted.Field> fields = new ArrayList<>();
        values.forEach((key, value) -> form.field(key).ifPresent(field ->
                fields.add(new StepCompleted.Field(key, field.label(), String.valueOf(value), field.labelOf(value),
                        TaskForm.FREE_TEXT.contains(field.type())))));
        return fields;
    }

    private RejectedTaskInput rejected(String code, Object... args) {
        return new RejectedTaskInput(message(code, args), List.of());
    }

    private String summary(List<FieldProblem> problems) {
        StringBuilder text = new StringBuilder(message("task.rejected.form"));
        problems.forEach(p -> text.append(' ').append(p.field()).append(": ").append(p.message()));
        return text.toString();
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
