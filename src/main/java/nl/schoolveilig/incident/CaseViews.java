package nl.schoolveilig.incident;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.requests.Requests;
import nl.schoolveilig.directory.ImageConsent;
import nl.schoolveilig.directory.Role;
import nl.schoolveilig.directory.School;
import nl.schoolveilig.workflow.CaseTasks;
import nl.schoolveilig.workflow.TriagePolicyAnswers;
import nl.schoolveilig.workflow.TriageDecision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case as one person may see it ({@link CaseAccess} has the rules). Nobody sees another board's cases.
 */
@Service
public class CaseViews {

    private final IncidentRepository incidents;
    private final Directory directory;
    private final CaseTasks caseTasks;
    private final MissedDeadlineRepository missedDeadlines;
    private final EvidenceRepository evidence;
    private final CaseStepRepository steps;
    private final CaseRecords records;
    private final Requests requests;

    private final EvidenceFiles files;

    CaseViews(IncidentRepository incidents, Directory directory, CaseTasks caseTasks,
            MissedDeadlineRepository missedDeadlines, EvidenceRepository evidence, CaseStepRepository steps,
            CaseRecords records, Requests requests, EvidenceFiles files) {
        this.requests = requests;
        this.files = files;
        this.incidents = incidents;
        this.directory = directory;
        this.caseTasks = caseTasks;
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
        CaseTasks.TaskHistory taskHistory = caseTasks.history(reference);
        CaseAccess access = new CaseAccess(rolesAt(username, school.get()),
                hasTaskOnCase(taskHistory.participants(), username, groups), incident.status() == IncidentStatus.CLOSED,
                TriagePolicyAnswers.aboutSchoolLeader(suggestions));
        if (!access.mayRead()) {
            return Optional.empty();
        }
        boolean namesVisible = access.namesVisible();
        IncidentReport report = namesVisible ? incident.report() : withoutNames(incident.report());
        List<CaseStepView> completed = steps.findByIncidentIdOrderByCompletedAtAscIdAsc(incident.id()).stream()
                .map(CaseStep::view).toList();
        return Optional.of(new IncidentView(incident.id(), incident.reference(), incident.status(), incident.boardId(),
                school.get().id(), school.get().name(), incident.channel(), incident.reportedAt(), report, !namesVisible,
                suggestions, triageDecisions(completed, suggestions), records.read(incident.sanctionPolicy()),
                caseTasks.openTasks(reference), completed,
                missedDeadlines.findByIncidentIdOrderByMissedAtAsc(incident.id()).stream().map(MissedDeadline::view).toList(),
                evidence.findByIncidentIdOrderByAddedAtAsc(incident.id()).stream().map(Evidence::view).toList(),
                taskHistory.timeline(), incident.closing(),
                namesVisible ? imageConsent(incident.report(), school.get().id()) : null,
                namesVisible ? prior(incident.report(), school.get().id()) : null,
                // A screenshot names people as much as the report does: the same people see it.
                namesVisible ? files.of(incident.id()) : List.of()));
    }

    private Set<Role> rolesAt(String username, School school) {
        Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        for (Role role : List.of(Role.BOARD_MEMBER, Role.SCHOOL_LEADER, Role.AUDITOR)) {
            if (directory.holds(username, role, school)) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static List<TriageDecision> triageDecisions(List<CaseStepView> completed, Map<String, Object> suggestions) {
        return completed.stream().filter(step -> TriageDecision.TRIAGE_TASK.equals(step.taskKey())).findFirst()
                .map(step -> TriageDecision.of(step.values(), suggestions, step.completedBy(), step.completedAt()))
                .orElse(List.of());
    }

    private Requests.Prior prior(IncidentReport report, String schoolId) {
        return requests.priorTo(schoolId, report.category().name(), report.offender().role() == null ? null
                : report.offender().role().name(), report.offender().name(), report.contentUrl()).orElse(null);
    }

    /** Image incidents show what the victim's parents consented to, when the directory knows the pupil. */
    private ImageConsent imageConsent(IncidentReport report, String schoolId) {
        if (report.category() != Category.IMAGE_WITHOUT_CONSENT || report.victim().role() != VictimRole.PUPIL) {
            return null;
        }
        return directory.imageConsent(schoolId, report.victim().name()).orElse(null);
    }

    private static boolean hasTaskOnCase(Set<String> participants, String username, Collection<String> groups) {
        return participants.contains(username) || groups.stream().anyMatch(participants::contains);
    }

    private static IncidentReport withoutNames(IncidentReport r) {
        return new IncidentReport(r.schoolId(), r.category(), r.description(), r.occurredAt(), r.platform(),
                r.contentUrl(), new IncidentReport.Involved(r.offender().role(), null),
                new IncidentReport.Victim(r.victim().role(), null), r.facts(),
                new IncidentReport.Reporter(r.reporter().role(), null, null, r.reporter().anonymous()));
    }
}
