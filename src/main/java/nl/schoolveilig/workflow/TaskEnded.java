package nl.schoolveilig.workflow;

/**
 * A task of a case is no longer open: completed by a person, or cancelled by the workflow (a timer,
 * a withdrawal, the end of its track).
 */
public record TaskEnded(String reference, String taskId, String taskKey, boolean completed) {
}
