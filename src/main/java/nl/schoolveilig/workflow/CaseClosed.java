package nl.schoolveilig.workflow;

import java.time.Instant;

/**
 * Published (as a Spring application event, inside the engine's transaction) when a case's
 * workflow closes it.
 *
 * @param reason  why: {@link #NOT_INVOLVED} (the summary is the advice to the reporter), {@link #COMPLETED}
 *                (every track done; the summary is internal) or {@link #WITHDRAWN} (the summary is the reason)
 * @param summary the closing text, as recorded
 */
public record CaseClosed(String reference, String reason, String summary, Instant at) {

    public static final String NOT_INVOLVED = "NOT_INVOLVED";
    public static final String COMPLETED = "COMPLETED";
    public static final String WITHDRAWN = "WITHDRAWN";

    /** Only advice is meant for the reporter; a completed case's summary stays inside the school. */
    public boolean summaryIsForTheReporter() {
        return NOT_INVOLVED.equals(reason);
    }
}
