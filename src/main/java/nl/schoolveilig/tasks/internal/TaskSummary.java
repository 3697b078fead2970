package nl.schoolveilig.tasks.internal;

import java.time.Instant;
import java.util.List;

/** A task as the task list shows it; the description says whom it is about when one task runs per pupil. */
public record TaskSummary(String id, String taskKey, String name, String description, String reference, String schoolId, String schoolName,
        List<String> candidateGroups, String assignee, Instant created, Instant due, boolean overdue) {
}
