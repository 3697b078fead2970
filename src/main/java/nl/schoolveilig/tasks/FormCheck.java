package nl.schoolveilig.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.schoolveilig.web.FieldProblem;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Checks what a person submits for a task against the task's form: only the form's own input
 * fields are accepted (never its read-only ones), a shown required field must have a value, a
 * choice must be one of the form's options, text must fit. Whether a field is shown follows the
 * form's FEEL condition, evaluated with the same FEEL engine the DMN decisions use.
 */
@Component
class FormCheck {

    private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();
    private final MessageSource messages;

    FormCheck(MessageSource messages) {
        this.messages = messages;
    }

    /** @param current the task's variables now: the prefilled values and what the conditions refer to */
    Result check(TaskForm form, Map<String, Object> submitted, Map<String, Object> current) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> accepted = new LinkedHashMap<>();
        submitted.keySet().stream()
                .filter(key -> form.field(key).filter(TaskForm.Field::isInput).isEmpty())
                .sorted()
                .forEach(key -> problems.add(problem(key, "task.field.unknown")));

        Map<String, Object> values = new HashMap<>(current);
        for (TaskForm.Field field : form.fields()) {
            if (field.isInput() && submitted.containsKey(field.key())) {
                values.put(field.key(), convert(field, submitted.get(field.key()), problems));
            }
        }
        Set<String> wrongKind = new HashSet<>();
        problems.forEach(p -> wrongKind.add(p.field()));
        for (TaskForm.Field field : form.fields()) {
            if (!field.isInput() || wrongKind.contains(field.key()) || isHidden(field, values)) {
                continue;
            }
            Object value = values.get(field.key());
            if (isEmpty(value)) {
                if (field.required()) {
                    problems.add(problem(field.key(), "task.field.required"));
                }
                continue;
            }
            if (!field.options().isEmpty() && !field.optionValues().contains(String.valueOf(value))) {
                problems.add(problem(field.key(), "task.field.option", String.join(", ", field.optionValues())));
            } else if (field.maxLength() != null && value instanceof String text && text.length() > field.maxLength()) {
                problems.add(problem(field.key(), "task.field.tooLong", field.maxLength()));
            } else if (submitted.containsKey(field.key())) {
                accepted.put(field.key(), value);
            }
        }
        problems.sort(Comparator.comparing(FieldProblem::field));
        return new Result(accepted, problems.stream().distinct().toList());
    }

    record Result(Map<String, Object> accepted, List<FieldProblem> problems) {

        boolean valid() {
            return problems.isEmpty();
        }
    }

    private boolean isHidden(TaskForm.Field field, Map<String, Object> values) {
        if (field.hideWhen() == null) {
            return false;
        }
        Object hidden = feel.evaluateSimpleExpression(field.hideWhen(), Variables.fromMap(values).asVariableContext());
        return Boolean.TRUE.equals(hidden);
    }

    private Object convert(TaskForm.Field field, Object value, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        if (!"checkbox".equals(field.type())) {
            if (!(value instanceof String text)) {
                problems.add(problem(field.key(), "task.field.text"));
                return null;
            }
            return text.isBlank() ? null : text;
        }
        if (value instanceof Boolean) {
            return value;
        }
        String text = String.valueOf(value).toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("on")) {
            return Boolean.TRUE;
        }
        if (text.equals("false")) {
            return Boolean.FALSE;
        }
        problems.add(problem(field.key(), "task.field.boolean"));
        return null;
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String text && text.isBlank();
    }

    private FieldProblem problem(String key, String code, Object... args) {
        return new FieldProblem(key, messages.getMessage(code, args, LocaleContextHolder.getLocale()));
    }
}
