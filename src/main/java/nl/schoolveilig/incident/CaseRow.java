package nl.schoolveilig.incident;

import java.time.Instant;
import java.util.Set;

/**
 * One case in the list: enough to find it and see where it stands, without the names of the people in it.
 *
 * @param summary      the start of the description, on one line
 * @param openTasks    tasks open on it now, {@code overdueTasks} of them past their due date
 * @param outcome      why it was closed ({@code COMPLETED}, {@code NOT_INVOLVED}, {@code WITHDRAWN}), or {@code null}
 */
public record CaseRow(String reference, String schoolId, String schoolName, Category category, String severity,
        CaseStatus status, Instant reportedAt, Instant closedAt, String outcome, String summary, long openTasks,
        long overdueTasks, boolean deadlineMissed, Set<Involvement> involvements) {
}
