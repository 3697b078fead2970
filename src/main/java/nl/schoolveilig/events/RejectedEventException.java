package nl.schoolveilig.events;

/**
 * An event that can never be accepted, however often it is retried: it goes straight to the
 * dead-letter topic with the reason in its headers.
 *
 * @see DeadLetterHeaders
 */
public class RejectedEventException extends RuntimeException {

    private final String reason;

    /**
     * @param reason a short machine-readable code, e.g. {@code invalid-report}
     * @param detail what is wrong and what to fix, for the sender
     */
    public RejectedEventException(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
