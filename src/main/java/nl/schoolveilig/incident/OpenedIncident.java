package nl.schoolveilig.incident;

import java.util.UUID;

/** The answer to a report: the case it became. */
public record OpenedIncident(UUID id, String reference, IncidentStatus status) {
}
