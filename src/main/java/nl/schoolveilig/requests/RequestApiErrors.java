package nl.schoolveilig.requests;

import java.net.URI;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details (RFC 9457) for the request API: one entry per wrong field, as for reports. */
@RestControllerAdvice(assignableTypes = RequestApiController.class)
class RequestApiErrors {

    private static final String TYPES = "https://schoolveilig.nl/problems/";

    private final MessageSource messages;

    RequestApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request",
                message("problem.invalidRequest.detail", e.problems().size()), "problem.invalidRequest.title");
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(RequestNotAllowedException.class)
    ProblemDetail notAllowed(RequestNotAllowedException e) {
        return problem(HttpStatus.FORBIDDEN, "request-not-allowed", e.getMessage(), "problem.requestNotAllowed.title");
    }

    @ExceptionHandler(RequestNotFoundException.class)
    ProblemDetail notFound(RequestNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "request-not-found", message("problem.requestNotFound.detail"),
                "problem.requestNotFound.title");
    }

    @ExceptionHandler(RequestConflictException.class)
    ProblemDetail conflict(RequestConflictException e) {
        return problem(HttpStatus.CONFLICT, "request-conflict", e.getMessage(), "problem.requestConflict.title");
    }

    @ExceptionHandler(RequestKeyReusedException.class)
    ProblemDetail keyReused(RequestKeyReusedException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused", e.getMessage(), "problem.keyReused.title");
    }

    private ProblemDetail problem(HttpStatus status, String type, String detail, String titleCode) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(message(titleCode));
        return problem;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
