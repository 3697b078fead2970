package nl.schoolveilig.intake;

/** One thing wrong with a report: the field (as a JSON path, e.g. {@code offender.role}) and what to fix. */
public record FieldProblem(String field, String message) {
}
