package nl.schoolveilig.requests;

/** No request by that reference that this person may read: 404, the same for both. */
class RequestNotFoundException extends RuntimeException {

    RequestNotFoundException() {
        super("No such request");
    }
}
