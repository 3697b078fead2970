package nl.schoolveilig.tasks.internal;

import java.time.Instant;
import java.util.List;

import nl.schoolveilig.incident.Category;

/**
 * A task as the task list shows it; the description says whom it is about when one task runs per pupil.
 * The case in brief ({@code category}, {@code severity}, a one-line {@code summary}) and the holder by
 * name ({@code assigneeName}) let a leader choose without opening each task.
 */
public record TaskSummary(String id, String taskKey, String name, String description, String reference, String schoolId,
        String schoolName, Category category, String severity, String summary, List<String> candidateGroups,
        String assignee, String assigneeName, Instant created, Instant due, boolean overdue) {
}
