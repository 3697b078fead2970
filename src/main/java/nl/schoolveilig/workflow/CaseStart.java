package nl.schoolveilig.workflow;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What the workflow needs to know of a new case: where it happened and the facts its policy (DMN)
 * decides on. Roles and categories travel as their enum names.
 *
 * @param context one line for the people who work its tasks in Camunda Tasklist: reference, school,
 *                category and the start of the description (never a name field of the report); it routes nothing
 */
public record CaseStart(UUID incidentId, String reference, String boardId, String schoolId, String category,
        String offenderRole, String victimRole, Map<String, Boolean> facts, Instant reportedAt, String context) {
}
