package nl.schoolveilig.web;

/** One thing wrong with submitted input: the field (as a JSON path, e.g. {@code offender.role}) and what to fix. */
public record FieldProblem(String field, String message) {
}
