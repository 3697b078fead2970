package nl.schoolveilig.workflow;

import java.time.Instant;
import java.util.List;

/** A task of a case that someone still has to do. */
public record OpenTask(String id, String taskKey, String name, List<String> candidateGroups, String assignee,
        Instant created, Instant due) {
}
