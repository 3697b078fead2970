package nl.schoolveilig.requests;

/** The person may not make (or end) this request at this school: 403 with what the rule is. */
class RequestNotAllowedException extends RuntimeException {

    RequestNotAllowedException(String message) {
        super(message);
    }
}
