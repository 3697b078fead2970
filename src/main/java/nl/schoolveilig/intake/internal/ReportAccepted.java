package nl.schoolveilig.intake.internal;

import java.util.UUID;

import nl.schoolveilig.incident.IncidentStatus;
import nl.schoolveilig.incident.OpenedIncident;

/** The REST answer to a report. */
record ReportAccepted(UUID id, String reference, IncidentStatus status) {

    static ReportAccepted of(OpenedIncident incident) {
        return new ReportAccepted(incident.id(), incident.reference(), incident.status());
    }
}
