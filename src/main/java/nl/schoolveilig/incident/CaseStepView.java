package nl.schoolveilig.incident;

import nl.schoolveilig.workflow.StepCompleted;
import java.time.Instant;
import java.util.List;

/**
 * A completed step as the case shows it: who completed which task when, whether that was within its
 * term, and what the step's form recorded.
 */
public record CaseStepView(String taskId, String taskKey, String taskName, String completedBy, Instant completedAt,
        Instant due, boolean withinTerm, List<StepCompleted.Field> fields) {

    /** The recorded values by field key, as stored. */
    public java.util.Map<String, String> values() {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        fields.forEach(f -> values.put(f.key(), f.value()));
        return values;
    }
}
