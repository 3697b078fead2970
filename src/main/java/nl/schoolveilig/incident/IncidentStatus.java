package nl.schoolveilig.incident;

public enum IncidentStatus {
    OPEN, CLOSED
}
