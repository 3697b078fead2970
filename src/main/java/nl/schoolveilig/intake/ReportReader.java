package nl.schoolveilig.intake;

import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads a report from JSON and validates it: the single path for the REST API and Kafka (the form
 * binds its fields, then validates here too). Everything wrong comes back at once, per field.
 */
@Component
class ReportReader {

    /** The largest report body we read; a maximal valid report is far smaller. */
    static final int MAX_BYTES = 64 * 1024;

    private final ObjectMapper objectMapper;
    private final Validator validator;
    private final MessageSource messages;

    ReportReader(ObjectMapper objectMapper, Validator validator, MessageSource messages) {
        this.objectMapper = objectMapper;
        this.validator = validator;
        this.messages = messages;
    }

    ReportSubmission read(byte[] json) {
        if (json == null || json.length == 0) {
            throw invalid("", "report.body.missing");
        }
        if (json.length > MAX_BYTES) {
            throw invalid("", "report.body.tooLarge", MAX_BYTES / 1024);
        }
        ReportSubmission submission;
        try {
            submission = objectMapper.readValue(json, ReportSubmission.class);
        } catch (InvalidFormatException e) {
            throw invalidValue(e);
        } catch (MismatchedInputException e) {
            throw invalid(path(e), "report.value.wrongType");
        } catch (JsonProcessingException e) {
            throw invalid("", "report.json.unreadable", e.getOriginalMessage());
        } catch (IOException e) {
            throw invalid("", "report.json.unreadable", e.getMessage());
        }
        if (submission == null) {
            throw invalid("", "report.body.missing");
        }
        validate(submission);
        return submission;
    }

    void validate(ReportSubmission submission) {
        Set<ConstraintViolation<ReportSubmission>> violations = validator.validate(submission);
        if (!violations.isEmpty()) {
            throw new InvalidReportException(violations.stream()
                    .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                    .toList());
        }
    }

    private InvalidReportException invalid(String field, String code, Object... args) {
        String message = messages.getMessage(code, args, LocaleContextHolder.getLocale());
        return new InvalidReportException(List.of(new FieldProblem(field, message)));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private InvalidReportException invalidValue(InvalidFormatException e) {
        Class<?> type = e.getTargetType();
        if (type != null && type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return invalid(path(e), "report.value.oneOf", allowed);
        }
        if (type != null && Temporal.class.isAssignableFrom(type)) {
            return invalid(path(e), "report.value.dateTime");
        }
        return invalid(path(e), "report.value.wrongType");
    }
}
