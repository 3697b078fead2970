package nl.schoolveilig.tasks.internal;

import java.util.List;

import nl.schoolveilig.web.FieldProblem;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * The engine refused a task completion: what was sent does not fit the task's form, or the person
 * may not complete the task. A {@link FormFieldValidationException}, so Camunda's REST API (and
 * through it Tasklist) answers 400 with this message instead of 500.
 */
class RejectedTaskInput extends FormFieldValidationException {

    private final transient List<FieldProblem> problems;

    RejectedTaskInput(String message, List<FieldProblem> problems) {
        super(problems, message);
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
