package nl.schoolveilig.incident;

import java.time.Instant;

/** Evidence reached a case (an update event from another system), in the transaction that keeps it. */
public record EvidenceAdded(String reference, String description, String url, String source, Instant at) {
}
