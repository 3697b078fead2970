package nl.schoolveilig.incident;

import java.time.Instant;

/**
 * A closed case reached the end of its retention period: every feature removes the personal data it
 * keeps of it, in this one transaction (AVG art. 5(1)(e)). Counts and the shape of the timeline stay.
 */
public record RetentionEnded(String reference, Instant at) {
}
