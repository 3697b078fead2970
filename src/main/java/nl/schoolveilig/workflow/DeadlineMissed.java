package nl.schoolveilig.workflow;

import java.time.Instant;

/**
 * A task of a case (or of a request) was not done within its term. Recorded on the case; the task goes on.
 *
 * @param group who holds the task: its first candidate group, or (a request's task offered to a person by
 *              name) that person's username; null when nobody does
 */
public record DeadlineMissed(String reference, String taskId, String taskKey, String taskName, String group,
        Instant due, Instant missedAt) {
}
