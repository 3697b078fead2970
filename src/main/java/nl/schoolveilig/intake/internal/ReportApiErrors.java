package nl.schoolveilig.intake.internal;

import java.net.URI;

import nl.schoolveilig.incident.Channel;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details (RFC 9457) for reports the API cannot accept, with one entry per field. */
@RestControllerAdvice(assignableTypes = ReportApiController.class)
class ReportApiErrors {

    private static final String TYPES = "https://schoolveilig.nl/problems/";

    private final MessageSource messages;
    private final IntakeMetrics metrics;

    ReportApiErrors(MessageSource messages, IntakeMetrics metrics) {
        this.messages = messages;
        this.metrics = metrics;
    }

    @ExceptionHandler(InvalidReportException.class)
    ProblemDetail invalid(InvalidReportException e) {
        metrics.rejected(Channel.API, "invalid-report");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                message("problem.invalidReport.detail", e.problems().size()));
        problem.setType(URI.create(TYPES + "invalid-report"));
        problem.setTitle(message("problem.invalidReport.title"));
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail keyReused(IdempotencyKeyReusedException e) {
        metrics.rejected(Channel.API, "idempotency-key-reused");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                message("problem.keyReused.detail"));
        problem.setType(URI.create(TYPES + "idempotency-key-reused"));
        problem.setTitle(message("problem.keyReused.title"));
        return problem;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
