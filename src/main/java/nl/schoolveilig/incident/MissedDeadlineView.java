package nl.schoolveilig.incident;

import java.time.Instant;

/** A term the case did not meet. */
public record MissedDeadlineView(String taskKey, String taskName, Instant due, Instant missedAt) {
}
