package nl.schoolveilig.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A task of a case was given to a group (on creation) or to a person (claim or assignment), or given
 * back to its groups (assignee {@code null}, {@code created} false).
 *
 * @param created the task is new; otherwise only who holds it changed
 */
public record TaskAssigned(String reference, String taskId, String taskKey, String name, List<String> candidateGroups,
        String assignee, Instant due, boolean created) {
}
