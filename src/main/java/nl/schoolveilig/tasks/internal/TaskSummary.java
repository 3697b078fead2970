package nl.schoolveilig.tasks.internal;

import java.time.Instant;
import java.util.List;

import nl.schoolveilig.incident.Category;
import nl.schoolveilig.requests.RequestType;

/**
 * A task as the task list shows it; the description says whom it is about when one task runs per pupil.
 * The case in brief ({@code category}, {@code severity}, a one-line {@code summary}) and the holder by
 * name ({@code assigneeName}) let a leader choose without opening each task. A request's task names the
 * request's reference and type instead of a case.
 */
public record TaskSummary(String id, String taskKey, String name, String description, String reference, String schoolId,
        String schoolName, Category category, String severity, String summary, List<String> candidateGroups,
        String assignee, String assigneeName, Instant created, Instant due, boolean overdue, RequestType requestType) {

    /** Whether the task belongs to a request made before anything went wrong, rather than to a case. */
    public boolean ofRequest() {
        return requestType != null;
    }
}
