package nl.schoolveilig.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.schoolveilig.workflow.internal.TriageQuestions;

/**
 * One answered safety question of a case: what the policy suggested, what the triage owner decided
 * (with a motivation when they differ), who and when.
 */
public record TriageDecision(String question, Object suggested, Object decided, String motivation, String decidedBy,
        Instant decidedAt) {

    /** The triage task's key: its completed step holds the decisions. */
    public static final String TRIAGE_TASK = "TriageIncident";

    /**
     * The answers as the triage step recorded them, beside the policy's suggestions as recorded when
     * it was evaluated.
     *
     * @param recorded the triage step's fields (value as stored: option values, {@code true}/{@code false})
     */
    public static List<TriageDecision> of(Map<String, String> recorded, Map<String, Object> suggestions,
            String decidedBy, Instant decidedAt) {
        return TriageQuestions.ALL.stream()
                .map(q -> new TriageDecision(q, suggestions.get(q), typed(recorded.get(TriageQuestions.decision(q))),
                        recorded.get(TriageQuestions.motivation(q)), decidedBy, decidedAt))
                .toList();
    }

    private static Object typed(String value) {
        return "true".equals(value) || "false".equals(value) ? Boolean.valueOf(value) : value;
    }

    @JsonProperty("overridden")
    public boolean overridden() {
        return decided != null && !decided.equals(suggested);
    }
}
