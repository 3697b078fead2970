package nl.schoolveilig.tasks.internal;

import java.util.List;
import java.util.Optional;

/**
 * A Camunda Form (form-js JSON) as the server reads it: the fields a person fills in, with the
 * rules the form itself states, so Tasklist and the server check the same things.
 */
public record TaskForm(String id, List<Field> fields) {

    /** The types of field a person types into (what retention removes). */
    static final java.util.Set<String> FREE_TEXT = java.util.Set.of("textarea", "textfield");

    /** The type of a date field ({@code yyyy-MM-dd}, as form-js and a browser's date input send it). */
    public static final String DATE = "date";

    /** The form of a task without a {@code formRef}: it accepts no fields at all. */
    static TaskForm none() {
        return new TaskForm(null, List.of());
    }

    /**
     * @param hideWhen a FEEL expression (without the leading {@code =}); when true the field is not shown,
     *                 not required and not accepted
     */
    public record Field(String key, String label, String type, boolean disabled, boolean required, Integer maxLength,
            List<Option> options, String hideWhen) {

        public boolean isInput() {
            return !disabled;
        }

        public boolean isConditional() {
            return hideWhen != null;
        }

        /** A choice among the form's options (a select or radio group). */
        public boolean isChoice() {
            return !options.isEmpty();
        }

        List<String> optionValues() {
            return options.stream().map(Option::value).toList();
        }

        /** The label of a value, for showing it: the option's label, or ja/nee for a checkbox. */
        public String labelOf(Object value) {
            if (value == null) {
                return "—";
            }
            if (value instanceof Boolean yes) {
                return yes ? "ja" : "nee";
            }
            if (DATE.equals(type) && value instanceof String text) {
                try {
                    return java.time.LocalDate.parse(text).format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
                } catch (java.time.format.DateTimeParseException e) {
                    return text;
                }
            }
            return options.stream().filter(o -> o.value().equals(String.valueOf(value))).map(Option::label)
                    .findFirst().orElse(String.valueOf(value));
        }
    }

    public record Option(String value, String label) {
    }

    Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
