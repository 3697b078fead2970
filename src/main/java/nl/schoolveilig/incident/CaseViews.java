package nl.schoolveilig.incident;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.ImageConsent;
import nl.schoolveilig.directory.Role;
import nl.schoolveilig.directory.School;
import nl.schoolveilig.workflow.IncidentWorkflow;
import nl.schoolveilig.workflow.TriageDecision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case as one person may see it. Nobody sees another board's cases. The school leader sees the own
 * school's cases (not one about the leader, unless given a task on it), a board member the board's,
 * an auditor the board's closed cases; everyone else (digicoach, privacy officer, communications,
 * care coordinator, …) only a case they have, or once had, a task on. Names of victim, offender and
 * reporter are shown to people with a task on the case and to auditors of the closed case.
 */
@Service
public class CaseViews {

    private final IncidentRepository incidents;
    private final Directory directory;
    private final IncidentWorkflow workflow;
    private final MissedDeadlineRepository missedDeadlines;
    private final EvidenceRepository evidence;
    private final CaseStepRepository steps;
    private final CaseRecords records;

    CaseViews(IncidentRepository incidents, Directory directory, IncidentWorkflow workflow,
            MissedDeadlineRepository missedDeadlines, EvidenceRepository evidence, CaseStepRepository steps,
            CaseRecords records) {
        this.incidents = incidents;
        this.directory = directory;
        this.workflow = workflow;
        this.missedDeadlines = missedDeadlines;
        this.evidence = evidence;
        this.steps = steps;
        this.records = records;
    }

    @Transactional(readOnly = true)
    public Optional<IncidentView> view(String reference, String username, Collection<String> groups) {
        Optional<Incident> found = incidents.findByReference(reference);
        Optional<School> school = found.flatMap(i -> directory.school(i.schoolId()));
        if (school.isEmpty()) {
            return Optional.empty();
        }
        Incident incident = found.get();
        Map<String, Object> suggestions = records.read(incident.triagePolicy());
        boolean hasTask = hasTaskOnCase(reference, username, groups);
        boolean auditorOfClosedCase = incident.status() == IncidentStatus.CLOSED
                && directory.holds(username, Role.AUDITOR, school.get());
        if (!hasTask && !auditorOfClosedCase && !readsWithoutTask(username, school.get(), suggestions)) {
            return Optional.empty();
        }
        boolean namesVisible = hasTask || auditorOfClosedCase;
        IncidentReport report = namesVisible ? incident.report() : withoutNames(incident.report());
        List<CaseStepView> completed = steps.findByIncidentIdOrderByCompletedAtAscIdAsc(incident.id()).stream()
                .map(CaseStep::view).toList();
        return Optional.of(new IncidentView(incident.id(), incident.reference(), incident.status(), incident.boardId(),
                school.get().id(), school.get().name(), incident.channel(), incident.reportedAt(), report, !namesVisible,
                suggestions, triageDecisions(completed, suggestions), records.read(incident.sanctionPolicy()),
                workflow.openTasks(reference), completed,
                missedDeadlines.findByIncidentIdOrderByMissedAtAsc(incident.id()).stream().map(MissedDeadline::view).toList(),
                evidence.findByIncidentIdOrderByAddedAtAsc(incident.id()).stream().map(Evidence::view).toList(),
                workflow.timeline(reference), incident.closing(),
                namesVisible ? imageConsent(incident.report(), school.get().id()) : null));
    }

    /**
     * The school leader and the board read their cases without a task; a case about the school
     * leader is the board's alone.
     */
    private boolean readsWithoutTask(String username, School school, Map<String, Object> suggestions) {
        if (directory.holds(username, Role.BOARD_MEMBER, school)) {
            return true;
        }
        return directory.holds(username, Role.SCHOOL_LEADER, school)
                && !"OFFENDER_IS_SCHOOL_LEADER".equals(suggestions.get("legalTrack"));
    }

    private static List<TriageDecision> triageDecisions(List<CaseStepView> completed, Map<String, Object> suggestions) {
        return completed.stream().filter(step -> TriageDecision.TRIAGE_TASK.equals(step.taskKey())).findFirst()
                .map(step -> TriageDecision.of(step.values(), suggestions, step.completedBy(), step.completedAt()))
                .orElse(List.of());
    }

    /** Image incidents show what the victim's parents consented to, when the directory knows the pupil. */
    private ImageConsent imageConsent(IncidentReport report, String schoolId) {
        if (report.category() != Category.IMAGE_WITHOUT_CONSENT || report.victim().role() != VictimRole.PUPIL) {
            return null;
        }
        return directory.imageConsent(schoolId, report.victim().name()).orElse(null);
    }

    private boolean hasTaskOnCase(String reference, String username, Collection<String> groups) {
        Set<String> participants = workflow.participants(reference);
        return participants.contains(username) || groups.stream().anyMatch(participants::contains);
    }

    private static IncidentReport withoutNames(IncidentReport r) {
        return new IncidentReport(r.schoolId(), r.category(), r.description(), r.occurredAt(), r.platform(),
                r.contentUrl(), new IncidentReport.Involved(r.offender().role(), null),
                new IncidentReport.Victim(r.victim().role(), null), r.facts(),
                new IncidentReport.Reporter(r.reporter().role(), null, null, r.reporter().anonymous()));
    }
}
