package nl.schoolveilig.privacy.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * The register filtered as the reader asks: school, reportable or not, notified to the AP, still
 * open (reportable, not yet notified), discovered in a period. A board's register is short, so this
 * happens in memory; a date that cannot be read is left out of the filter and named.
 */
record BreachFilter(String school, String reportable, String notified, LocalDate from, LocalDate to, List<String> problems) {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    static BreachFilter of(Map<String, String> parameters) {
        List<String> problems = new java.util.ArrayList<>();
        return new BreachFilter(blank(parameters.get("school")), blank(parameters.get("reportable")),
                blank(parameters.get("notified")), date(parameters, "from", problems), date(parameters, "to", problems),
                List.copyOf(problems));
    }

    List<Breach> apply(List<Breach> breaches) {
        return breaches.stream().filter(b -> school == null || school.equals(b.getSchoolId()))
                .filter(b -> reportable == null || Boolean.parseBoolean(reportable) == b.isReportable())
                .filter(b -> notified == null || switch (notified) {
                    case "yes" -> b.getAuthorityReference() != null;
                    case "open" -> b.isReportable() && b.getAuthorityReference() == null;
                    default -> b.getAuthorityReference() == null;
                })
                .filter(b -> from == null || !b.getDiscoveredAt().isBefore(from.atStartOfDay(DUTCH_TIME).toInstant()))
                .filter(b -> to == null || b.getDiscoveredAt().isBefore(to.plusDays(1).atStartOfDay(DUTCH_TIME).toInstant()))
                .toList();
    }

    private static LocalDate date(Map<String, String> parameters, String name, List<String> problems) {
        String value = blank(parameters.get(name));
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(name);
            return null;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
