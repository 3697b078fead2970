package nl.schoolveilig.notifications;

import java.time.Instant;

/**
 * An e-mail about a case is queued for sending, in the transaction of what it tells. Who it is for
 * is said by audience (the reporter, or a group), never by address.
 *
 * @param audience {@code reporter}, {@code parent} (who asked for a request on the public side) or the group's id
 */
public record MessageQueued(String reference, String audience, String subject, Instant at) {

    public static final String REPORTER = "reporter";
    public static final String PARENT = "parent";
}
