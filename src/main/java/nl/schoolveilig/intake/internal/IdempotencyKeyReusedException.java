package nl.schoolveilig.intake.internal;

/** The same Idempotency-Key came with a different report: the client must choose a new key. */
class IdempotencyKeyReusedException extends RuntimeException {

    IdempotencyKeyReusedException() {
        super("This Idempotency-Key was used before for a different report");
    }
}
