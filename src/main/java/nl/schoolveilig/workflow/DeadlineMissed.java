package nl.schoolveilig.workflow;

import java.time.Instant;

/** A task of a case was not done within its term. Recorded on the case; the task goes on. */
public record DeadlineMissed(String reference, String taskId, String taskKey, String taskName, String group,
        Instant due, Instant missedAt) {
}
