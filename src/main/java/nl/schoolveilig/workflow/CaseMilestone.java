package nl.schoolveilig.workflow;

import java.time.Instant;

/**
 * The workflow of a case passed a point worth a line on its timeline, in any BPMN file: a track (a
 * called process) started or ended, a timer fired (a term ran out, an aftercare check is due), an
 * escalation was raised. Published from the engine's own execution events, so a new track or timer
 * is on the timeline without new code.
 *
 * @param element the BPMN element's id, {@code elementName} its name as the diagram shows it
 */
public record CaseMilestone(String reference, Kind kind, String processKey, String element, String elementName,
        Instant at) {

    public enum Kind {
        TRACK_STARTED, TRACK_ENDED, TIMER_FIRED
    }
}
