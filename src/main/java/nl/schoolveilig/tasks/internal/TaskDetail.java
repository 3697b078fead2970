package nl.schoolveilig.tasks.internal;

import java.util.List;
import java.util.Map;

/** A task with its form and the values the form shows now. Public for the page templates. */
public record TaskDetail(TaskSummary task, TaskForm form, Map<String, Object> values) {

    public List<TaskForm.Field> fields() {
        return form == null ? List.of() : form.fields();
    }
}
