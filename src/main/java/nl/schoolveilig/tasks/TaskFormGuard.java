package nl.schoolveilig.tasks;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Called by the process when a task with a form completes ({@code ${taskFormGuard.check(task, 'form-id')}}):
 * the same checks as our API, so a task completed in Tasklist obeys the form's rules too.
 * Public because the BPMN calls it by expression, which needs a public class.
 */
@Component("taskFormGuard")
public class TaskFormGuard {

    private final TaskWork work;

    TaskFormGuard(TaskWork work) {
        this.work = work;
    }

    public void check(DelegateTask task, String formId) {
        work.checkOnCompletion(formId, task.getVariables());
    }
}
