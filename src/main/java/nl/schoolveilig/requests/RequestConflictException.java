package nl.schoolveilig.requests;

/** The request is not in the state the action needs (ending a channel that is not registered): 409. */
class RequestConflictException extends RuntimeException {

    RequestConflictException(String message) {
        super(message);
    }
}
