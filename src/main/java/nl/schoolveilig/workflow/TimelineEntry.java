package nl.schoolveilig.workflow;

import java.time.Instant;

/** Something that happened in a case's workflow, e.g. a task created or completed. */
public record TimelineEntry(Instant at, String what, String taskKey, String name, String by) {
}
