package nl.schoolveilig.tasks;

import java.util.List;
import java.util.Optional;

/**
 * A Camunda Form (form-js JSON) as the server reads it: the fields a person fills in, with the
 * rules the form itself states, so Tasklist and the server check the same things.
 */
record TaskForm(String id, List<Field> fields) {

    /**
     * @param hideWhen a FEEL expression (without the leading {@code =}); when true the field is not shown,
     *                 not required and not accepted
     */
    record Field(String key, String label, String type, boolean disabled, boolean required, Integer maxLength,
            List<String> options, String hideWhen) {

        boolean isInput() {
            return !disabled;
        }
    }

    Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
