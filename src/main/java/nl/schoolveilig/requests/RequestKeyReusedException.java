package nl.schoolveilig.requests;

/** An Idempotency-Key sent again with another request than the one it made: 422, as for reports. */
class RequestKeyReusedException extends RuntimeException {

    RequestKeyReusedException(String message) {
        super(message);
    }
}
