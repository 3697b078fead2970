package nl.schoolveilig.incident;

import java.net.URI;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A case list question that cannot be read: 400, problem details with one entry per parameter. */
@RestControllerAdvice(assignableTypes = CaseListController.class)
class CaseListErrors {

    private final MessageSource messages;

    CaseListErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidCaseQueryException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidCaseQueryException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(
                "problem.invalidCaseQuery.detail", new Object[] {e.problems().size()}, LocaleContextHolder.getLocale()));
        problem.setType(URI.create("https://schoolveilig.nl/problems/invalid-case-query"));
        problem.setTitle(messages.getMessage("problem.invalidCaseQuery.title", null, LocaleContextHolder.getLocale()));
        problem.setProperty("errors", e.problems());
        // Also for a CSV request: the problem is JSON, whatever the list would have been.
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
