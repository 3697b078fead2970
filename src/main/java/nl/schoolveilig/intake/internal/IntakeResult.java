package nl.schoolveilig.intake.internal;

import nl.schoolveilig.incident.OpenedIncident;

/**
 * @param incident the case the report became
 * @param created  false when the submission was a duplicate of one accepted before
 */
record IntakeResult(OpenedIncident incident, boolean created) {
}
