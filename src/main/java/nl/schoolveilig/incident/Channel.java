package nl.schoolveilig.incident;

/** How a report arrived. */
public enum Channel {
    FORM, API, EVENT
}
