package nl.schoolveilig.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.School;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's safety monitoring per school year (1 August – 31 July): per board and per school, the
 * cases by category and severity, the share of terms met, the measures taken by the offender's role, how
 * often parents, police, press, the AP, Veilig Thuis and the Inspectie took part, and the median time to
 * close. Counts only, never a name; over the schools the reader leads or governs, and for an auditor the
 * closed cases of the board. Anonymised cases still count (their categories, dates and steps stay).
 */
@Service
public class YearlyReport {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final EntityManager entityManager;
    private final CaseList cases;
    private final Directory directory;
    private final Clock clock;

    YearlyReport(EntityManager entityManager, CaseList cases, Directory directory, Clock clock) {
        this.entityManager = entityManager;
        this.cases = cases;
        this.directory = directory;
        this.clock = clock;
    }

    /** A school year, named by the year it starts in: 2026 is 1 August 2026 up to 1 August 2027. */
    public record SchoolYear(int start) {

        public Instant from() {
            return LocalDate.of(start, 8, 1).atStartOfDay(DUTCH_TIME).toInstant();
        }

        public Instant to() {
            return LocalDate.of(start + 1, 8, 1).atStartOfDay(DUTCH_TIME).toInstant();
        }

        public String label() {
            return start + "-" + (start + 1);
        }

        static SchoolYear containing(Instant moment) {
            LocalDate day = moment.atZone(DUTCH_TIME).toLocalDate();
            return new SchoolYear(day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1);
        }
    }

    /**
     * The figures of one board or school.
     *
     * @param termsWithDue steps that had a term, {@code termsMet} of them completed within it
     * @param measures     per offender role, the measures decided (by the option's label) and how often
     * @param medianToClose of the closed cases, or null when none closed
     */
    public record Figures(String name, long cases, long closed, Map<Category, Long> byCategory, Map<String, Long> bySeverity,
            long termsWithDue, long termsMet, Map<PersonRole, Map<String, Long>> measures,
            Map<Involvement, Long> involved, Duration medianToClose) {

        public Integer termsMetPercent() {
            return termsWithDue == 0 ? null : (int) Math.round(100.0 * termsMet / termsWithDue);
        }
    }

    public record Report(SchoolYear year, Figures total, List<Figures> schools) {
    }

    public SchoolYear currentYear() {
        return SchoolYear.containing(clock.instant());
    }

    @Transactional(readOnly = true)
    public Report of(String username, Collection<String> groups, SchoolYear year) {
        CaseReader reader = cases.reader(username, groups);
        Set<String> everything = new HashSet<>(reader.boardSchools());
        everything.addAll(reader.leaderSchools());
        Set<String> schools = new HashSet<>(everything);
        schools.addAll(reader.auditorSchools());
        List<Incident> incidents = schools.isEmpty() ? List.of() : entityManager.createQuery(
                "select i from Incident i where i.schoolId in :schools and i.reportedAt >= :from and i.reportedAt < :to",
                Incident.class).setParameter("schools", schools).setParameter("from", year.from())
                .setParameter("to", year.to()).getResultList().stream()
                .filter(i -> visible(i, reader, everything)).toList();
        Steps steps = steps(incidents.stream().map(Incident::id).toList());
        List<Figures> perSchool = new ArrayList<>();
        for (School school : directory.schools()) {
            if (schools.contains(school.id())) {
                perSchool.add(figures(school.name(), incidents.stream().filter(i -> i.schoolId().equals(school.id())).toList(), steps));
            }
        }
        String boardNames = String.join(", ", perSchool.isEmpty() ? List.of()
                : directory.schools().stream().filter(s -> schools.contains(s.id())).map(School::boardId).distinct()
                        .map(b -> directory.boardName(b).orElse(b)).toList());
        return new Report(year, figures(boardNames, incidents, steps), perSchool);
    }

    /** As the case list would show it: a case about the school leader counts for the board only. */
    private static boolean visible(Incident incident, CaseReader reader, Set<String> everything) {
        if (reader.boardSchools().contains(incident.schoolId())) {
            return true;
        }
        if (everything.contains(incident.schoolId()) && !incident.boardOnly()) {
            return true;
        }
        return reader.auditorSchools().contains(incident.schoolId()) && incident.status() == IncidentStatus.CLOSED;
    }

    private record Steps(Map<UUID, long[]> terms, Map<UUID, List<String>> measures) {
    }

    private Steps steps(List<UUID> ids) {
        Map<UUID, long[]> terms = new HashMap<>();
        Map<UUID, List<String>> measures = new HashMap<>();
        if (ids.isEmpty()) {
            return new Steps(terms, measures);
        }
        entityManager.createQuery("select s.incidentId, s.dueAt, s.completedAt from CaseStep s"
                + " where s.incidentId in :ids and s.dueAt is not null", Object[].class).setParameter("ids", ids)
                .getResultList().forEach(row -> {
                    long[] counts = terms.computeIfAbsent((UUID) row[0], id -> new long[2]);
                    counts[0]++;
                    if (!((Instant) row[2]).isAfter((Instant) row[1])) {
                        counts[1]++;
                    }
                });
        entityManager.createQuery("select s.incidentId, f.text from CaseStep s join s.fields f"
                + " where s.incidentId in :ids and s.taskKey = 'DecideSanction' and f.fieldKey = 'measureDecision'",
                Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> measures.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return new Steps(terms, measures);
    }

    private static Figures figures(String name, List<Incident> incidents, Steps steps) {
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        CaseQuery.SEVERITIES.forEach(s -> bySeverity.put(s, 0L));
        Map<PersonRole, Map<String, Long>> measures = new EnumMap<>(PersonRole.class);
        Map<Involvement, Long> involved = new EnumMap<>(Involvement.class);
        for (Involvement i : Involvement.values()) {
            involved.put(i, 0L);
        }
        long termsWithDue = 0;
        long termsMet = 0;
        List<Duration> toClose = new ArrayList<>();
        for (Incident incident : incidents) {
            byCategory.merge(incident.category(), 1L, Long::sum);
            if (incident.severity() != null) {
                bySeverity.merge(incident.severity(), 1L, Long::sum);
            }
            incident.involvements().forEach(i -> involved.merge(i, 1L, Long::sum));
            long[] terms = steps.terms().getOrDefault(incident.id(), new long[2]);
            termsWithDue += terms[0];
            termsMet += terms[1];
            steps.measures().getOrDefault(incident.id(), List.of()).forEach(m -> measures
                    .computeIfAbsent(incident.offenderRole() == null ? PersonRole.UNKNOWN : incident.offenderRole(),
                            r -> new TreeMap<>()).merge(m, 1L, Long::sum));
            if (incident.closedAt() != null) {
                toClose.add(Duration.between(incident.reportedAt(), incident.closedAt()));
            }
        }
        return new Figures(name, incidents.size(), toClose.size(), byCategory, bySeverity, termsWithDue, termsMet,
                measures, involved, median(toClose));
    }

    static Duration median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
