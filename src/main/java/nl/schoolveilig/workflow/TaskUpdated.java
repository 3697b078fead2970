package nl.schoolveilig.workflow;

import java.time.Instant;

/** A task's properties changed without a change of holder (for example its due date, by an administrator). */
public record TaskUpdated(String reference, String taskId, Instant due) {
}
