package nl.schoolveilig.tasks.internal;

import java.util.List;

import nl.schoolveilig.web.FieldProblem;

/** Why a task action cannot go ahead. */
final class TaskProblems {

    private TaskProblems() {
    }

    /** No such task, or not one of the caller's: the same answer, so nothing leaks. */
    static class NotFound extends RuntimeException {

        NotFound() {
            super("No such task for you");
        }
    }

    /** Someone else has it, or it was completed already; the message says who and when. */
    static class Conflict extends RuntimeException {

        Conflict(String message) {
            super(message);
        }
    }

    static class InvalidInput extends RuntimeException {

        private final List<FieldProblem> problems;

        InvalidInput(List<FieldProblem> problems) {
            super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
            this.problems = problems;
        }

        List<FieldProblem> problems() {
            return problems;
        }
    }
}
