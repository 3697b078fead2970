package nl.schoolveilig.tasks.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
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
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Checks what a person submits for a task against the task's form: only the form's own input
 * fields are accepted (never its read-only ones, never a variable the form does not have), each
 * value of the field's kind (text, yes/no, a date), a shown required field must have a value, a
 * choice must be one of the form's options, text must fit, a date is a real date and not in the
 * future. Whether a field is shown follows the form's FEEL condition, evaluated with the same FEEL
 * engine the DMN decisions use.
 */
@Component
class FormCheck {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final Set<ValueType> PLAIN = Set.of(ValueType.STRING, ValueType.BOOLEAN, ValueType.INTEGER,
            ValueType.LONG, ValueType.SHORT, ValueType.DOUBLE, ValueType.DATE, ValueType.NULL);

    private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();
    private final MessageSource messages;
    private final Clock clock;

    FormCheck(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @param submitted what was sent, by variable name: strings, booleans, or anything else a client
     *                  managed to send (which is then refused as the wrong kind)
     * @param current   the task's variables now: the prefilled values and what the conditions refer to
     */
    Result check(TaskForm form, Map<String, Object> submitted, Map<String, Object> current) {
        List<FieldProblem> problems = new ArrayList<>();
        submitted.keySet().stream()
                .filter(key -> form.field(key).filter(TaskForm.Field::isInput).isEmpty())
                .sorted()
                .forEach(key -> problems.add(problem(key, "task.field.unknown")));

        Map<String, Object> values = new HashMap<>(current);
        Map<String, Object> accepted = new LinkedHashMap<>();
        for (TaskForm.Field field : form.fields()) {
            if (field.isInput() && submitted.containsKey(field.key())) {
                Object value = convert(field, submitted.get(field.key()), problems);
                values.put(field.key(), value);
                accepted.put(field.key(), value);
            }
        }
        Set<String> wrongKind = new HashSet<>();
        problems.forEach(p -> wrongKind.add(p.field()));
        Map<String, Object> recorded = new LinkedHashMap<>();
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
            FieldProblem wrong = wrongValue(field, value);
            if (wrong != null) {
                problems.add(wrong);
            } else {
                recorded.put(field.key(), value);
            }
        }
        problems.sort(Comparator.comparing(FieldProblem::field));
        return new Result(accepted, recorded, problems.stream().distinct().toList());
    }

    /**
     * @param accepted the submitted values of the form's input fields, each of its field's kind
     * @param recorded the values of the form's shown input fields once the submission is applied:
     *                 what the step records
     */
    record Result(Map<String, Object> accepted, Map<String, Object> recorded, List<FieldProblem> problems) {

        boolean valid() {
            return problems.isEmpty();
        }
    }

    private FieldProblem wrongValue(TaskForm.Field field, Object value) {
        if (field.isChoice() && !field.optionValues().contains(String.valueOf(value))) {
            return problem(field.key(), "task.field.option", String.join(", ", field.optionValues()));
        }
        if (field.maxLength() != null && value instanceof String text && text.length() > field.maxLength()) {
            return problem(field.key(), "task.field.tooLong", field.maxLength());
        }
        if (TaskForm.DATE.equals(field.type())) {
            try {
                if (LocalDate.parse((String) value).isAfter(LocalDate.now(clock.withZone(DUTCH_TIME)))) {
                    return problem(field.key(), "task.field.dateInFuture");
                }
            } catch (DateTimeParseException | ClassCastException e) {
                return problem(field.key(), "task.field.date");
            }
        }
        return null;
    }

    /** Strings, yes/no, numbers and dates as they are; anything else (objects, files, JSON) is never a form value. */
    static Object plain(TypedValue value) {
        if (value == null) {
            return null;
        }
        return PLAIN.contains(value.getType()) ? value.getValue() : new NotPlain(value.getType().getName());
    }

    /** The task's variables a form condition may refer to, read without deserializing anything. */
    static Map<String, Object> plainValues(VariableMap variables) {
        Map<String, Object> values = new HashMap<>();
        variables.keySet().forEach(name -> {
            Object value = plain(variables.getValueTyped(name));
            if (!(value instanceof NotPlain)) {
                values.put(name, value);
            }
        });
        return values;
    }

    /** A value of a kind no task form has; the check refuses it as the wrong kind. */
    private record NotPlain(String type) {
    }

    private boolean isHidden(TaskForm.Field field, Map<String, Object> values) {
        if (field.hideWhen() == null) {
            return false;
        }
        Object hidden = feel.evaluateSimpleExpression(field.hideWhen(), Variables.fromMap(values).asVariableContext());
        return Boolean.TRUE.equals(hidden);
    }

    /** The value as the field keeps it: a boolean for a checkbox, text for everything else. */
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
        if (value instanceof String) {
            String text = ((String) value).toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("on")) {
                return Boolean.TRUE;
            }
            if (text.equals("false")) {
                return Boolean.FALSE;
            }
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
