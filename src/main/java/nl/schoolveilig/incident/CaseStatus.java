package nl.schoolveilig.incident;

/** Where a case stands for the list: someone has work on it, it waits (on a timer or a message), or it is closed. */
public enum CaseStatus {
    OPEN, WAITING, CLOSED
}
