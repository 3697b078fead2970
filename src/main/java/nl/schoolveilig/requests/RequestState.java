package nl.schoolveilig.requests;

/** Where a request stands. A channel that was acknowledged stays in the register until its owner ends it. */
public enum RequestState {
    SUBMITTED, CHANGES_REQUESTED, DECIDED, ENDED
}
