package nl.schoolveilig.incident;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.ImageConsent;
import nl.schoolveilig.directory.Role;
import nl.schoolveilig.directory.School;
import nl.schoolveilig.workflow.IncidentWorkflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case as one person may see it: only people with a role at its school, community or board see it
 * at all; names of victim, offender and reporter only those who have (had) a task on it, and the
 * board's auditors.
 */
@Service
public class CaseViews {

    private final IncidentRepository incidents;
    private final Directory directory;
    private final IncidentWorkflow workflow;
    private final MissedDeadlineRepository missedDeadlines;
    private final EvidenceRepository evidence;

    CaseViews(IncidentRepository incidents, Directory directory, IncidentWorkflow workflow,
            MissedDeadlineRepository missedDeadlines, EvidenceRepository evidence) {
        this.evidence = evidence;
        this.incidents = incidents;
        this.missedDeadlines = missedDeadlines;
        this.directory = directory;
        this.workflow = workflow;
    }

    @Transactional(readOnly = true)
    public Optional<IncidentView> view(String reference, String username, Collection<String> groups) {
        Optional<Incident> found = incidents.findByReference(reference);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Incident incident = found.get();
        Optional<School> school = directory.school(incident.schoolId());
        if (school.isEmpty() || !directory.worksFor(username, school.get())) {
            return Optional.empty();
        }
        boolean hasTask = hasTaskOnCase(reference, username, groups);
        Map<String, Object> suggestions = workflow.triageSuggestions(reference);
        // A case about the school leader is the board's: people who work only at the school see it
        // only when they have a task on it.
        if ("OFFENDER_IS_SCHOOL_LEADER".equals(suggestions.get("legalTrack")) && !hasTask && !directory.worksAboveSchool(username, school.get())) {
            return Optional.empty();
        }
        boolean namesVisible = hasTask
                || groups.contains(Role.AUDITOR.groupId(school.get().boardId()));
        IncidentReport report = namesVisible ? incident.report() : withoutNames(incident.report());
        return Optional.of(new IncidentView(incident.id(), incident.reference(), incident.status(), incident.boardId(),
                school.get().id(), school.get().name(), incident.channel(), incident.reportedAt(), report, !namesVisible,
                suggestions, workflow.triageDecisions(reference), workflow.openTasks(reference),
                missedDeadlines.findByIncidentIdOrderByMissedAtAsc(incident.id()).stream().map(MissedDeadline::view).toList(),
                evidence.findByIncidentIdOrderByAddedAtAsc(incident.id()).stream().map(Evidence::view).toList(),
                workflow.timeline(reference), incident.closing(),
                namesVisible ? imageConsent(incident.report(), school.get().id()) : null));
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
