package nl.schoolveilig.requests;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolveilig.web.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads a request from JSON and checks it against its type's fields ({@link RequestFields}): everything
 * wrong comes back at once, per field, as for reports. Text is stored as typed; pages escape it when shown.
 */
@Component
class RequestReader {

    static final int MAX_BYTES = 32 * 1024;
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ObjectMapper objectMapper;
    private final MessageSource messages;

    RequestReader(ObjectMapper objectMapper, MessageSource messages) {
        this.objectMapper = objectMapper;
        this.messages = messages;
    }

    /** A request as submitted: its type, its school and its type's fields (text, ISO dates, ids). */
    record Submission(RequestType type, String schoolId, Map<String, Object> values) {

        String text(String name) {
            return (String) values.get(name);
        }

        Long id(String name) {
            return (Long) values.get(name);
        }

        @SuppressWarnings("unchecked")
        List<Long> ids(String name) {
            return (List<Long>) values.getOrDefault(name, List.of());
        }
    }

    Submission read(byte[] body) {
        if (body == null || body.length == 0) {
            throw invalid("", "request.body.missing");
        }
        if (body.length > MAX_BYTES) {
            throw invalid("", "request.body.tooLarge", MAX_BYTES / 1024);
        }
        JsonNode json;
        try {
            json = objectMapper.readTree(body);
        } catch (IOException e) {
            throw invalid("", "request.json.unreadable");
        }
        if (json == null || !json.isObject()) {
            throw invalid("", "request.body.missing");
        }
        return read(json);
    }

    Submission read(JsonNode json) {
        List<FieldProblem> problems = new ArrayList<>();
        RequestType type = type(json.get("type"), problems);
        return read(json, type, type == null ? null : RequestFields.of(type), problems);
    }

    /** A parent's device request from the public form: the pupil by name and group, the parent's address. */
    Submission readParentDevice(JsonNode json) {
        return read(json, RequestType.DEVICE_PERMISSION, RequestFields.parentDevice(), new ArrayList<>());
    }

    private Submission read(JsonNode json, RequestType type, List<RequestFields.Field> fields, List<FieldProblem> problems) {
        String schoolId = text(json, "schoolId", true, 40, problems);
        Map<String, Object> values = new LinkedHashMap<>();
        if (type != null) {
            for (RequestFields.Field field : fields) {
                Object value = value(json, field, problems);
                if (value != null) {
                    values.put(field.name(), value);
                }
            }
            for (Iterator<String> names = json.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!name.equals("type") && !name.equals("schoolId")
                        && fields.stream().noneMatch(f -> f.name().equals(name))) {
                    problems.add(problem(name, "request.field.unknown"));
                }
            }
            together(type, values, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Submission(type, schoolId, values);
    }

    /** The rules between fields of one type. */
    private void together(RequestType type, Map<String, Object> values, List<FieldProblem> problems) {
        if (type == RequestType.DEVICE_PERMISSION) {
            if ("OTHER".equals(values.get("device")) && values.get("deviceDescription") == null) {
                problems.add(problem("deviceDescription", "request.field.deviceDescription"));
            }
            Object from = values.get("validFrom");
            Object until = values.get("validUntil");
            if (from != null && until != null && LocalDate.parse((String) until).isBefore(LocalDate.parse((String) from))) {
                problems.add(problem("validUntil", "request.field.untilBeforeFrom"));
            }
        }
        if (type == RequestType.INTERN_POST_PERMISSION && values.containsKey("pupilIds")
                && !((List<?>) values.get("pupilIds")).isEmpty() && values.get("imageChannel") == null) {
            problems.add(problem("imageChannel", "request.field.imageChannel"));
        }
    }

    private RequestType type(JsonNode node, List<FieldProblem> problems) {
        String allowed = Arrays.stream(RequestType.values()).map(Enum::name).collect(Collectors.joining(", "));
        if (node == null || node.isNull() || node.asText().isBlank()) {
            problems.add(problem("type", "request.field.oneOf", allowed));
            return null;
        }
        try {
            return RequestType.valueOf(node.asText());
        } catch (IllegalArgumentException e) {
            problems.add(problem("type", "request.field.oneOf", allowed));
            return null;
        }
    }

    private Object value(JsonNode json, RequestFields.Field field, List<FieldProblem> problems) {
        return switch (field.kind()) {
            case TEXT -> text(json, field.name(), field.required(), field.max(), problems);
            case URL -> url(json, field, problems);
            case DATE -> date(json, field, problems);
            case CHOICE -> choice(json, field, problems);
            case ID -> id(json, field, problems);
            case IDS -> ids(json, field, problems);
            case EMAIL -> email(json, field, problems);
        };
    }

    private String text(JsonNode json, String name, boolean required, int max, List<FieldProblem> problems) {
        JsonNode node = json.get(name);
        if (node == null || node.isNull() || node.isTextual() && node.asText().isBlank()) {
            if (required) {
                problems.add(problem(name, "request.field.required"));
            }
            return null;
        }
        if (!node.isTextual()) {
            problems.add(problem(name, "request.field.text"));
            return null;
        }
        String text = node.asText().strip();
        if (text.length() > max) {
            problems.add(problem(name, "request.field.tooLong", max));
            return null;
        }
        return text;
    }

    private String url(JsonNode json, RequestFields.Field field, List<FieldProblem> problems) {
        String text = text(json, field.name(), field.required(), field.max(), problems);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null) {
                return text;
            }
        } catch (java.net.URISyntaxException e) {
            // answered below
        }
        problems.add(problem(field.name(), "request.field.url"));
        return null;
    }

    private String email(JsonNode json, RequestFields.Field field, List<FieldProblem> problems) {
        String text = text(json, field.name(), field.required(), field.max(), problems);
        if (text != null && !EMAIL.matcher(text).matches()) {
            problems.add(problem(field.name(), "request.field.email"));
            return null;
        }
        return text;
    }

    private String date(JsonNode json, RequestFields.Field field, List<FieldProblem> problems) {
        String text = text(json, field.name(), field.required(), 10, problems);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            problems.add(problem(field.name(), "request.field.date"));
            return null;
        }
    }

    private String choice(JsonNode json, RequestFields.Field field, List<FieldProblem> problems) {
        String text = text(json, field.name(), field.required(), 40, problems);
        if (text != null && !field.options().contains(text)) {
            problems.add(problem(field.name(), "request.field.oneOf", String.join(", ", field.options())));
            return null;
        }
        return text;
    }

    private Long id(JsonNode json, RequestFields.Field field, List<FieldProblem> problems) {
        JsonNode node = json.get(field.name());
        if (node == null || node.isNull()) {
            if (field.required()) {
                problems.add(problem(field.name(), "request.field.required"));
            }
            return null;
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber() && !node.isTextual() || node.asLong(-1) <= 0) {
            problems.add(problem(field.name(), "request.field.id"));
            return null;
        }
        return node.asLong();
    }

    private List<Long> ids(JsonNode json, RequestFields.Field field, List<FieldProblem> problems) {
        JsonNode node = json.get(field.name());
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray() || node.size() > field.max()) {
            problems.add(problem(field.name(), "request.field.ids", field.max()));
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode element : node) {
            if (!element.isIntegralNumber() || element.asLong() <= 0) {
                problems.add(problem(field.name(), "request.field.ids", field.max()));
                return null;
            }
            if (!ids.contains(element.asLong())) {
                ids.add(element.asLong());
            }
        }
        return ids;
    }

    private InvalidRequestException invalid(String field, String code, Object... args) {
        return new InvalidRequestException(List.of(problem(field, code, args)));
    }

    FieldProblem problem(String field, String code, Object... args) {
        return new FieldProblem(field, messages.getMessage(code, args, LocaleContextHolder.getLocale()));
    }

    static List<FieldProblem> sorted(List<FieldProblem> problems) {
        List<FieldProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
        return sorted;
    }
}
