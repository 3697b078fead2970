package nl.schoolveilig.tasks.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "My work" filtered and sorted as the reader asks: a text (reference, task, case summary), a school,
 * and an order (overdue first by default; or by due date, age, reference, school or severity). The list
 * is one person's tasks, so this happens in memory; an unknown order falls back to the default.
 */
record WorkFilter(String text, String school, String sort) {

    static final List<String> SORTS = List.of("due", "oldest", "newest", "reference", "school", "severity");
    private static final List<String> SEVERITY_ORDER = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW");

    static WorkFilter of(Map<String, String> parameters) {
        String sort = parameters.get("sort");
        return new WorkFilter(blankToNull(parameters.get("q")), blankToNull(parameters.get("school")),
                sort != null && SORTS.contains(sort) ? sort : "due");
    }

    List<TaskSummary> apply(List<TaskSummary> tasks) {
        return tasks.stream().filter(this::matches).sorted(order()).toList();
    }

    private boolean matches(TaskSummary task) {
        if (school != null && !school.equals(task.schoolId())) {
            return false;
        }
        if (text == null) {
            return true;
        }
        String wanted = text.toLowerCase(Locale.ROOT);
        return contains(task.reference(), wanted) || contains(task.name(), wanted) || contains(task.summary(), wanted)
                || contains(task.description(), wanted);
    }

    private Comparator<TaskSummary> order() {
        Comparator<TaskSummary> byDue = Comparator.comparing(TaskSummary::due, Comparator.nullsLast(Comparator.naturalOrder()));
        return switch (sort) {
            case "oldest" -> Comparator.comparing(TaskSummary::created);
            case "newest" -> Comparator.comparing(TaskSummary::created).reversed();
            case "reference" -> Comparator.comparing(TaskSummary::reference, Comparator.nullsLast(Comparator.naturalOrder()));
            case "school" -> Comparator.comparing(TaskSummary::schoolName, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(byDue);
            case "severity" -> Comparator.comparing((TaskSummary t) -> t.severity() == null ? SEVERITY_ORDER.size()
                    : SEVERITY_ORDER.indexOf(t.severity())).thenComparing(byDue);
            default -> Comparator.comparing(TaskSummary::overdue).reversed().thenComparing(byDue)
                    .thenComparing(TaskSummary::created);
        };
    }

    private static boolean contains(String value, String wanted) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
