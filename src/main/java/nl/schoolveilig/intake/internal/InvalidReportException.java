package nl.schoolveilig.intake.internal;

import java.util.List;
import java.util.stream.Collectors;

import nl.schoolveilig.web.FieldProblem;

/** A report that cannot be accepted as it is, with every field that needs fixing. */
public class InvalidReportException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidReportException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
