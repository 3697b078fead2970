package nl.schoolveilig.incident;

import java.util.List;

import nl.schoolveilig.web.FieldProblem;

/** The case list was asked something it cannot read: every parameter at fault, with what to fix. */
public class InvalidCaseQueryException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    InvalidCaseQueryException(List<FieldProblem> problems) {
        super(problems.size() + " parameter(s) of the case list cannot be read");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
