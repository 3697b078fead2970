package nl.schoolveilig.workflow;

import java.time.Instant;
import java.util.List;

/** A task of a case was given to a group (on creation) or to a person (claim or assignment). */
public record TaskAssigned(String reference, String taskId, String taskKey, String name, List<String> candidateGroups,
        String assignee, Instant due) {
}
