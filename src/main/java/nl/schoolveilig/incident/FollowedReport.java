package nl.schoolveilig.incident;

import java.time.Instant;

/**
 * A report as its reporter sees it through their link: the reference and where it stands, nothing more (no
 * names, no decisions, nobody else's data).
 */
public record FollowedReport(String reference, State state, Instant reportedAt, Instant closedAt) {

    /** How the trail and the case page name information the reporter added through their link. */
    public static final String SOURCE = "De melder, via de link om de melding te volgen";

    public enum State { RUNNING, CLOSED, EXPIRED }
}
