package nl.schoolveilig.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A task of a case was given to a group (on creation) or to a person (claim or assignment), or given
 * back to its groups (assignee {@code null}, {@code created} false).
 *
 * @param candidateUsers the people a request's task is offered to by name (an intern's supervisor, a group's teachers)
 * @param created the task is new; otherwise only who holds it changed
 */
public record TaskAssigned(String reference, String taskId, String taskKey, String name, List<String> candidateGroups,
        List<String> candidateUsers, String assignee, Instant due, boolean created) {
}
