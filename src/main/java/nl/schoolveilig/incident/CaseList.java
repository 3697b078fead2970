package nl.schoolveilig.incident;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases a person may see, searched, filtered, sorted and paged in the database: a school leader
 * the own schools' (not those about the school leader), a board member the board's, an auditor the
 * board's closed ones, anyone the cases they were given a task on. The same rules as {@link CaseAccess}
 * for one case; nobody sees another board's.
 */
@Service
public class CaseList {

    private static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/Amsterdam");
    private static final int SUMMARY_LENGTH = 140;

    private final EntityManager entityManager;
    private final Directory directory;
    private final CaseOpenTaskRepository openTasks;
    private final Clock clock;

    CaseList(EntityManager entityManager, Directory directory, CaseOpenTaskRepository openTasks, Clock clock) {
        this.entityManager = entityManager;
        this.directory = directory;
        this.openTasks = openTasks;
        this.clock = clock;
    }

    /** A page of the list, with the number of matching cases. */
    public record Page(List<CaseRow> rows, long total, CaseQuery query) {

        public int pages() {
            return (int) Math.max(1, (total + query.size() - 1) / query.size());
        }
    }

    @Transactional(readOnly = true)
    public Page find(CaseQuery query, String username, Collection<String> groups) {
        CaseReader reader = reader(username, groups);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Incident> counted = count.from(Incident.class);
        count.select(cb.count(counted)).where(where(cb, count, counted, query, reader));
        long total = entityManager.createQuery(count).getSingleResult();
        List<Incident> found = total == 0 ? List.of() : entityManager.createQuery(select(cb, query, reader))
                .setFirstResult((query.page() - 1) * query.size()).setMaxResults(query.size()).getResultList();
        return new Page(rows(found), total, query);
    }

    /** Every matching case, sorted, for an export (no paging). */
    @Transactional(readOnly = true)
    public List<CaseRow> all(CaseQuery query, String username, Collection<String> groups) {
        return rows(entityManager.createQuery(select(entityManager.getCriteriaBuilder(), query, reader(username, groups)))
                .getResultList());
    }

    /** Every case not closed that the person may see (the overview counts them itself). */
    @Transactional(readOnly = true)
    public List<CaseRow> open(String username, Collection<String> groups) {
        CaseQuery open = CaseQuery.all();
        CaseReader reader = reader(username, groups);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Incident> select = cb.createQuery(Incident.class);
        Root<Incident> incident = select.from(Incident.class);
        select.select(incident).where(cb.and(where(cb, select, incident, open, reader),
                cb.equal(incident.get("status"), IncidentStatus.OPEN)));
        return rows(entityManager.createQuery(select).getResultList());
    }

    /** For a work list: per reference, the case in brief (one query, whatever the number of cases). */
    @Transactional(readOnly = true)
    public Map<String, CaseBrief> briefs(Collection<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        Map<String, CaseBrief> briefs = new HashMap<>();
        entityManager.createQuery("select i.reference, i.category, i.severity, i.description from Incident i"
                + " where i.reference in :references", Object[].class).setParameter("references", references)
                .getResultList().forEach(row -> briefs.put((String) row[0], new CaseBrief((String) row[0],
                        (Category) row[1], (String) row[2], summary((String) row[3]))));
        return briefs;
    }

    CaseReader reader(String username, Collection<String> groups) {
        List<String> names = new ArrayList<>(groups);
        names.add(username);
        return new CaseReader(directory.schoolsWhere(username, Role.BOARD_MEMBER),
                directory.schoolsWhere(username, Role.SCHOOL_LEADER), directory.schoolsWhere(username, Role.AUDITOR),
                names);
    }

    private CriteriaQuery<Incident> select(CriteriaBuilder cb, CaseQuery query, CaseReader reader) {
        CriteriaQuery<Incident> select = cb.createQuery(Incident.class);
        Root<Incident> incident = select.from(Incident.class);
        Expression<?> key = switch (query.sort()) {
            case REPORTED -> incident.get("reportedAt");
            case REFERENCE -> incident.get("reference");
            case SCHOOL -> incident.get("schoolId");
            case CATEGORY -> incident.get("category");
            case SEVERITY -> severityRank(cb, incident);
            case STATUS -> incident.get("status");
            case CLOSED -> incident.get("closedAt");
        };
        Order order = query.descending() ? cb.desc(key) : cb.asc(key);
        Order tieBreak = query.descending() ? cb.desc(incident.get("reference")) : cb.asc(incident.get("reference"));
        return select.select(incident).where(where(cb, select, incident, query, reader)).orderBy(order, tieBreak);
    }

    /** Critical first when descending, as a reader expects of "severity". */
    private static Expression<Integer> severityRank(CriteriaBuilder cb, Root<Incident> incident) {
        return cb.<Integer>selectCase().when(cb.equal(incident.get("severity"), "CRITICAL"), 4)
                .when(cb.equal(incident.get("severity"), "HIGH"), 3)
                .when(cb.equal(incident.get("severity"), "MEDIUM"), 2)
                .when(cb.equal(incident.get("severity"), "LOW"), 1).otherwise(0);
    }

    private Predicate where(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Incident> incident, CaseQuery q,
            CaseReader reader) {
        List<Predicate> all = new ArrayList<>();
        all.add(mayRead(cb, query, incident, reader));
        if (q.text() != null) {
            String like = "%" + q.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            all.add(cb.or(cb.like(cb.lower(incident.get("reference")), like, '\\'),
                    cb.like(cb.lower(incident.get("description")), like, '\\')));
        }
        if (q.school() != null) {
            all.add(cb.equal(incident.get("schoolId"), q.school()));
        }
        if (q.category() != null) {
            all.add(cb.equal(incident.get("category"), q.category()));
        }
        if (q.severity() != null) {
            all.add(cb.equal(incident.get("severity"), q.severity()));
        }
        if (q.status() != null) {
            List<Predicate> any = new ArrayList<>();
            for (CaseStatus status : q.status()) {
                Predicate hasOpenTask = cb.exists(openTaskOf(cb, query, incident, null));
                any.add(switch (status) {
                    case CLOSED -> cb.equal(incident.get("status"), IncidentStatus.CLOSED);
                    case OPEN -> cb.and(cb.equal(incident.get("status"), IncidentStatus.OPEN), hasOpenTask);
                    case WAITING -> cb.and(cb.equal(incident.get("status"), IncidentStatus.OPEN), cb.not(hasOpenTask));
                });
            }
            all.add(cb.or(any.toArray(Predicate[]::new)));
        }
        if (q.overdue() != null) {
            Predicate overdue = cb.exists(openTaskOf(cb, query, incident, clock.instant()));
            all.add(q.overdue() ? overdue : cb.not(overdue));
        }
        if (q.from() != null) {
            all.add(cb.greaterThanOrEqualTo(incident.get("reportedAt"), q.from().atStartOfDay(SCHOOL_TIME).toInstant()));
        }
        if (q.to() != null) {
            all.add(cb.lessThan(incident.get("reportedAt"), q.to().plusDays(1).atStartOfDay(SCHOOL_TIME).toInstant()));
        }
        if (q.outcome() != null) {
            all.add(cb.equal(incident.get("closingReason"), q.outcome()));
        }
        if (q.deadlineMissed() != null) {
            Subquery<Long> missed = query.subquery(Long.class);
            Root<MissedDeadline> deadline = missed.from(MissedDeadline.class);
            missed.select(deadline.get("id")).where(cb.equal(deadline.get("incidentId"), incident.get("id")));
            all.add(q.deadlineMissed() ? cb.exists(missed) : cb.not(cb.exists(missed)));
        }
        involvement(cb, incident, q.police(), Involvement.POLICE).ifPresent(all::add);
        involvement(cb, incident, q.press(), Involvement.PRESS).ifPresent(all::add);
        involvement(cb, incident, q.breachNotified(), Involvement.DATA_PROTECTION_AUTHORITY).ifPresent(all::add);
        return cb.and(all.toArray(Predicate[]::new));
    }

    private static java.util.Optional<Predicate> involvement(CriteriaBuilder cb, Root<Incident> incident, Boolean wanted,
            Involvement involvement) {
        if (wanted == null) {
            return java.util.Optional.empty();
        }
        Expression<Set<Involvement>> involvements = incident.get("involvements");
        return java.util.Optional.of(wanted ? cb.isMember(involvement, involvements) : cb.isNotMember(involvement, involvements));
    }

    /** The case's open tasks; with {@code dueBefore}, only those past due then. */
    private static Subquery<String> openTaskOf(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Incident> incident,
            java.time.Instant dueBefore) {
        Subquery<String> open = query.subquery(String.class);
        Root<CaseOpenTask> task = open.from(CaseOpenTask.class);
        Predicate ofCase = cb.equal(task.get("incidentId"), incident.get("id"));
        return open.select(task.get("taskId")).where(dueBefore == null ? ofCase
                : cb.and(ofCase, cb.lessThan(task.get("dueAt"), dueBefore)));
    }

    private static Predicate mayRead(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Incident> incident, CaseReader reader) {
        List<Predicate> any = new ArrayList<>();
        if (!reader.boardSchools().isEmpty()) {
            any.add(incident.get("schoolId").in(reader.boardSchools()));
        }
        if (!reader.leaderSchools().isEmpty()) {
            any.add(cb.and(incident.get("schoolId").in(reader.leaderSchools()), cb.isFalse(incident.get("boardOnly"))));
        }
        if (!reader.auditorSchools().isEmpty()) {
            any.add(cb.and(incident.get("schoolId").in(reader.auditorSchools()),
                    cb.equal(incident.get("status"), IncidentStatus.CLOSED)));
        }
        Subquery<UUID> hadTask = query.subquery(UUID.class);
        Root<Incident> same = hadTask.from(Incident.class);
        hadTask.select(same.get("id")).where(cb.equal(same.get("id"), incident.get("id")),
                same.join("participants").in(reader.participantNames()));
        any.add(cb.exists(hadTask));
        return cb.or(any.toArray(Predicate[]::new));
    }

    private List<CaseRow> rows(List<Incident> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = found.stream().map(Incident::id).collect(Collectors.toSet());
        Map<UUID, CaseOpenTaskRepository.OpenCount> counts = openTasks.countsOf(ids, clock.instant()).stream()
                .collect(Collectors.toMap(CaseOpenTaskRepository.OpenCount::getIncidentId, Function.identity()));
        Set<UUID> missed = new HashSet<>(entityManager.createQuery(
                "select distinct m.incidentId from MissedDeadline m where m.incidentId in :ids", UUID.class)
                .setParameter("ids", ids).getResultList());
        Map<String, String> schoolNames = new HashMap<>();
        directory.schools().forEach(s -> schoolNames.put(s.id(), s.name()));
        return found.stream().map(i -> {
            CaseOpenTaskRepository.OpenCount count = counts.get(i.id());
            long open = count == null ? 0 : count.getOpen();
            CaseStatus status = i.status() == IncidentStatus.CLOSED ? CaseStatus.CLOSED
                    : open == 0 ? CaseStatus.WAITING : CaseStatus.OPEN;
            return new CaseRow(i.reference(), i.schoolId(), schoolNames.getOrDefault(i.schoolId(), i.schoolId()),
                    i.category(), i.severity(), status, i.reportedAt(), i.closedAt(), i.closingReason(),
                    summary(i.description()), open, count == null ? 0 : count.getOverdue(), missed.contains(i.id()),
                    i.involvements());
        }).toList();
    }

    static String summary(String description) {
        String line = description == null ? "" : description.replaceAll("\\s+", " ").trim();
        return line.length() <= SUMMARY_LENGTH ? line : line.substring(0, SUMMARY_LENGTH - 1) + "…";
    }
}
