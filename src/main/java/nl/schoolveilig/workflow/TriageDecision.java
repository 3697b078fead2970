package nl.schoolveilig.workflow;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One answered safety question of a case: what the policy suggested, what the triage owner decided
 * (with a motivation when they differ), who and when.
 */
public record TriageDecision(String question, Object suggested, Object decided, String motivation, String decidedBy,
        Instant decidedAt) {

    @JsonProperty("overridden")
    public boolean overridden() {
        return decided != null && !decided.equals(suggested);
    }
}
