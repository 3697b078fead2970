package nl.schoolveilig.incident;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import nl.schoolveilig.web.FieldProblem;

/**
 * What a reader asks of the case list: search, filters, sort and page, as {@code GET /api/cases} and
 * the page {@code /zaken} take them. Every parameter is optional; a bad one is named with what to fix.
 *
 * @param text search in the reference and the description
 * @param from first day reported (inclusive), {@code to} the last
 * @param status one or more, comma-separated ({@code open,waiting}: every case not closed)
 * @param overdue a task of the case is open past its due date
 * @param page 1-based
 */
public record CaseQuery(String text, String school, Category category, String severity, Set<CaseStatus> status,
        LocalDate from, LocalDate to, String outcome, Boolean deadlineMissed, Boolean overdue, Boolean police,
        Boolean press, Boolean breachNotified, Sort sort, boolean descending, int page, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;
    public static final List<String> SEVERITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW");
    static final List<String> OUTCOMES = List.of("COMPLETED", "NOT_INVOLVED", "WITHDRAWN");

    /** What the list can be sorted on. */
    public enum Sort {
        REPORTED, REFERENCE, SCHOOL, CATEGORY, SEVERITY, STATUS, CLOSED
    }

    public static CaseQuery all() {
        return parse(Map.of());
    }

    /**
     * Reads the request's parameters; parameters it does not know (such as {@code lang}) are left alone.
     *
     * @throws InvalidCaseQueryException naming every parameter that cannot be read
     */
    public static CaseQuery parse(Map<String, String> parameters) {
        Reader r = new Reader(parameters);
        String text = r.text("q", 200);
        String school = r.text("school", 40);
        Category category = r.choice("category", Category.class);
        String severity = r.oneOf("severity", SEVERITIES);
        Set<CaseStatus> status = r.choices("status", CaseStatus.class);
        LocalDate from = r.date("from");
        LocalDate to = r.date("to");
        if (from != null && to != null && to.isBefore(from)) {
            r.problem("to", "Moet op of na 'from' liggen (" + from + ").");
        }
        String outcome = r.oneOf("outcome", OUTCOMES);
        Boolean deadlineMissed = r.flag("deadlineMissed");
        Boolean overdue = r.flag("overdue");
        Boolean police = r.flag("police");
        Boolean press = r.flag("press");
        Boolean breachNotified = r.flag("breachNotified");
        String sortText = r.text("sort", 30);
        boolean descending = sortText == null || sortText.startsWith("-");
        Sort sort = Sort.REPORTED;
        if (sortText != null) {
            String name = sortText.startsWith("-") ? sortText.substring(1) : sortText;
            sort = Arrays.stream(Sort.values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst().orElse(null);
            if (sort == null) {
                r.problem("sort", "Onbekend: '" + sortText + "'. Kies uit " + lower(Sort.values())
                        + ", met '-' ervoor voor aflopend.");
            }
        }
        int page = r.number("page", 1, 1, Integer.MAX_VALUE);
        int size = r.number("size", DEFAULT_SIZE, 1, MAX_SIZE);
        if (!r.problems.isEmpty()) {
            throw new InvalidCaseQueryException(r.problems);
        }
        return new CaseQuery(text, school, category, severity, status, from, to, outcome, deadlineMissed, overdue, police,
                press, breachNotified, sort, descending, page, size);
    }

    private static String lower(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
    }

    private static final class Reader {

        private final Map<String, String> parameters;
        private final List<FieldProblem> problems = new ArrayList<>();

        Reader(Map<String, String> parameters) {
            this.parameters = parameters;
        }

        void problem(String field, String message) {
            problems.add(new FieldProblem(field, message));
        }

        String text(String name, int max) {
            String value = parameters.get(name);
            if (value == null || value.isBlank()) {
                return null;
            }
            if (value.length() > max) {
                problem(name, "Hooguit " + max + " tekens.");
                return null;
            }
            return value.trim();
        }

        <E extends Enum<E>> Set<E> choices(String name, Class<E> type) {
            String value = parameters.get(name);
            if (value == null || value.isBlank()) {
                return null;
            }
            Set<E> chosen = java.util.EnumSet.noneOf(type);
            for (String part : value.split(",")) {
                E one = read(name, Map.of(name, part), v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT)),
                        "Onbekend. Kies uit " + lower(type.getEnumConstants()) + " (meer dan één met komma's).");
                if (one != null) {
                    chosen.add(one);
                }
            }
            return chosen.isEmpty() ? null : chosen;
        }

        <E extends Enum<E>> E choice(String name, Class<E> type) {
            return read(name, value -> Enum.valueOf(type, value.toUpperCase(Locale.ROOT)),
                    "Onbekend. Kies uit " + lower(type.getEnumConstants()) + ".");
        }

        String oneOf(String name, List<String> allowed) {
            return read(name, value -> {
                String upper = value.toUpperCase(Locale.ROOT);
                if (!allowed.contains(upper)) {
                    throw new IllegalArgumentException(value);
                }
                return upper;
            }, "Onbekend. Kies uit " + String.join(", ", allowed.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList()) + ".");
        }

        LocalDate date(String name) {
            return read(name, LocalDate::parse, "Geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-09-01.");
        }

        Boolean flag(String name) {
            return read(name, value -> switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "ja", "yes" -> true;
                case "false", "nee", "no" -> false;
                default -> throw new IllegalArgumentException(value);
            }, "Schrijf true of false.");
        }

        int number(String name, int standard, int min, int max) {
            Integer value = read(name, Integer::valueOf, "Geen geheel getal.");
            if (value == null) {
                return standard;
            }
            if (value < min || value > max) {
                problem(name, "Moet tussen " + min + " en " + max + " liggen.");
                return standard;
            }
            return value;
        }

        private <T> T read(String name, Function<String, T> parse, String message) {
            return read(name, parameters, parse, message);
        }

        private <T> T read(String name, Map<String, String> from, Function<String, T> parse, String message) {
            String value = from.get(name);
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return parse.apply(value.trim());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problem(name, "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "': " + message);
                return null;
            }
        }
    }
}
