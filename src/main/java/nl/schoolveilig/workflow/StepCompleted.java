package nl.schoolveilig.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A person completed a step of a case through the checked completion: what the step's form
 * recorded, who, when, and against which due date. The case keeps it (incident), or the request (requests): {@link RequestReference} tells which.
 *
 * @param fields the form's shown input fields with their values, in the form's order
 */
public record StepCompleted(String reference, String taskId, String taskKey, String taskName, String formId,
        String completedBy, Instant completedAt, Instant due, List<Field> fields) {

    /**
     * @param value the value as stored (an option's value, {@code true}/{@code false}, an ISO date, text)
     * @param text  the value as the form shows it (the option's label, ja/nee, a Dutch date)
     * @param freeText the person typed it (a text field or area): personal data that retention removes;
     *                 a chosen option, a yes/no or a date stays for the counts
     */
    public record Field(String key, String label, String value, String text, boolean freeText) {
    }
}
