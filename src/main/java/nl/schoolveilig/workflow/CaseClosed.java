package nl.schoolveilig.workflow;

import java.time.Instant;

/**
 * Published (as a Spring application event, inside the engine's transaction) when a case's
 * workflow closes it.
 *
 * @param reason  why: {@code NOT_INVOLVED} (the school is not involved; the summary is the advice to the reporter)
 * @param summary the closing text, as recorded
 */
public record CaseClosed(String reference, String reason, String summary, Instant at) {
}
