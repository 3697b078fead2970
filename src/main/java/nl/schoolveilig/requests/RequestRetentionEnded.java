package nl.schoolveilig.requests;

import java.time.Instant;

/**
 * A request reached the end of its retention period: its personal data and free text are removed, in this one
 * transaction, from the request and from its trail (AVG art. 5(1)(e)). What was decided and when stays.
 */
public record RequestRetentionEnded(String reference, Instant at) {
}
