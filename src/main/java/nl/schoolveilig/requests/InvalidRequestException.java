package nl.schoolveilig.requests;

import java.util.List;

import nl.schoolveilig.web.FieldProblem;

/** A request that cannot be accepted as sent: every field that is wrong, with what to fix. */
class InvalidRequestException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    InvalidRequestException(List<FieldProblem> problems) {
        super("Invalid request: " + problems.size() + " problem(s)");
        this.problems = RequestReader.sorted(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
