package nl.schoolveilig.incident;

/** What a work list shows of a task's case beside its reference: the kind of incident, how serious, what about. */
public record CaseBrief(String reference, Category category, String severity, String summary) {
}
