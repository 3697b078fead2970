package nl.schoolveilig.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import nl.schoolveilig.directory.School;
import nl.schoolveilig.workflow.CasePath;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's overview: per school, the cases not closed by severity, those with a task overdue, those
 * whose term was missed (escalated), and those waiting on a timer with until when. Counted over the
 * cases the reader may see ({@link CaseList}), so a number never reveals a case the list would not show.
 */
@Service
public class BoardOverview {

    private final CaseList cases;
    private final CasePath path;
    private final Directory directory;

    BoardOverview(CaseList cases, CasePath path, Directory directory) {
        this.cases = cases;
        this.path = path;
        this.directory = directory;
    }

    /** A case waiting on a timer: until when, and for what. */
    public record Waiting(String reference, Instant until, String what) {
    }

    /**
     * @param bySeverity not-closed cases per severity ({@code CaseQuery.SEVERITIES} order, then {@code NONE})
     */
    public record SchoolLine(School school, Map<String, Long> bySeverity, long open, long overdue, long escalated,
            List<Waiting> waiting) {
    }

    @Transactional(readOnly = true)
    public List<SchoolLine> of(String username, Collection<String> groups) {
        List<CaseRow> open = cases.open(username, groups);
        Set<String> schoolIds = new TreeSet<>(directory.schoolsWhere(username, Role.BOARD_MEMBER));
        schoolIds.addAll(directory.schoolsWhere(username, Role.SCHOOL_LEADER));
        open.forEach(row -> schoolIds.add(row.schoolId()));
        List<SchoolLine> lines = new ArrayList<>();
        for (School school : directory.schools()) {
            if (!schoolIds.contains(school.id())) {
                continue;
            }
            List<CaseRow> ofSchool = open.stream().filter(r -> r.schoolId().equals(school.id())).toList();
            Map<String, Long> bySeverity = new LinkedHashMap<>();
            CaseQuery.SEVERITIES.forEach(s -> bySeverity.put(s, ofSchool.stream().filter(r -> s.equals(r.severity())).count()));
            bySeverity.put("NONE", ofSchool.stream().filter(r -> r.severity() == null).count());
            List<Waiting> waiting = ofSchool.stream().filter(r -> r.status() == CaseStatus.WAITING)
                    .flatMap(r -> path.timers(r.reference()).stream().limit(1)
                            .map(t -> new Waiting(r.reference(), t.due(), t.then() == null ? t.name() : t.then())))
                    .sorted(java.util.Comparator.comparing(Waiting::until)).toList();
            lines.add(new SchoolLine(school, bySeverity, ofSchool.size(),
                    ofSchool.stream().filter(r -> r.overdueTasks() > 0).count(),
                    ofSchool.stream().filter(CaseRow::deadlineMissed).count(), waiting));
        }
        return lines;
    }
}
