package nl.schoolveilig.intake.internal;

import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import nl.schoolveilig.web.FieldProblem;
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
        ValueProblems valueProblems = new ValueProblems();
        ReportSubmission submission;
        try {
            submission = objectMapper.readerFor(ReportSubmission.class).withHandler(valueProblems).readValue(json);
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
        validate(submission, valueProblems.problems);
        return submission;
    }

    /** Everything wrong at once: values of the wrong kind, then the constraints of the other fields. */
    private void validate(ReportSubmission submission, List<FieldProblem> valueProblems) {
        Set<String> fieldsWithWrongValues = valueProblems.stream().map(FieldProblem::field).collect(Collectors.toSet());
        Set<ConstraintViolation<ReportSubmission>> violations = validator.validate(submission);
        List<FieldProblem> problems = new ArrayList<>(valueProblems);
        violations.stream()
                .map(v -> new FieldProblem(field(v.getPropertyPath()), v.getMessage()))
                .filter(p -> !fieldsWithWrongValues.contains(p.field()))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
            throw new InvalidReportException(problems);
        }
    }

    /**
     * Collects values Jackson cannot convert (an unknown category, a malformed time) instead of
     * stopping at the first, so the sender learns about every field at once.
     */
    private final class ValueProblems extends DeserializationProblemHandler {

        private final List<FieldProblem> problems = new ArrayList<>();

        @Override
        public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
                String failureMessage) {
            problems.add(new FieldProblem(path(context.getParser().getParsingContext()), message(targetType)));
            return targetType == boolean.class ? Boolean.FALSE : null;
        }

        private String message(Class<?> type) {
            Locale locale = LocaleContextHolder.getLocale();
            if (type.isEnum()) {
                String allowed = Arrays.stream(type.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
                return messages.getMessage("report.value.oneOf", new Object[] {allowed}, locale);
            }
            if (Temporal.class.isAssignableFrom(type)) {
                return messages.getMessage("report.value.dateTime", null, locale);
            }
            return messages.getMessage("report.value.wrongType", null, locale);
        }

        private static String path(JsonStreamContext context) {
            Deque<String> names = new ArrayDeque<>();
            for (JsonStreamContext c = context; c != null; c = c.getParent()) {
                if (c.inObject() && c.getCurrentName() != null) {
                    names.addFirst(c.getCurrentName());
                }
            }
            return String.join(".", names);
        }
    }

    /** The field as the sender wrote it: {@code offender.role}, or {@code facts.moonPhase} for a map key. */
    private static String field(jakarta.validation.Path path) {
        List<String> names = new ArrayList<>();
        for (jakarta.validation.Path.Node node : path) {
            if (node.getKey() != null) {
                names.add(String.valueOf(node.getKey()));
            } else if (node.getName() != null && !node.getName().startsWith("<")) {
                names.add(node.getName());
            }
        }
        return String.join(".", names);
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
}
