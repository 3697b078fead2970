package nl.schoolveilig.workflow;

import java.time.Instant;

/**
 * A message from outside reached a running case (a press inquiry, a withdrawal), with the text it
 * brought, in the transaction that passed it to the workflow.
 *
 * @param message the BPMN message's name
 */
public record CaseMessageReceived(String reference, String message, String text, Instant at) {

    public static final String PRESS_INQUIRY = "press-inquiry";
    public static final String WITHDRAWAL = "incident-withdrawn";
}
