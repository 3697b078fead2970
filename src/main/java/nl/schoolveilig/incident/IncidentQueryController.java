package nl.schoolveilig.incident;

import java.util.Set;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.School;
import nl.schoolveilig.security.CurrentUser;
import nl.schoolveilig.workflow.IncidentWorkflow;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/incidents")
class IncidentQueryController {

    private final IncidentRepository incidents;
    private final Directory directory;
    private final IncidentWorkflow workflow;
    private final CurrentUser currentUser;

    IncidentQueryController(IncidentRepository incidents, Directory directory, IncidentWorkflow workflow,
            CurrentUser currentUser) {
        this.incidents = incidents;
        this.directory = directory;
        this.workflow = workflow;
        this.currentUser = currentUser;
    }

    /** A case, for people who work at its school, its community or its board; others get 404. */
    @GetMapping("/{reference}")
    @Transactional(readOnly = true)
    IncidentView get(@PathVariable String reference) {
        Incident incident = incidents.findByReference(reference).orElseThrow(IncidentQueryController::notFound);
        School school = directory.school(incident.schoolId()).orElseThrow(IncidentQueryController::notFound);
        String username = currentUser.username();
        if (!directory.worksFor(username, school)) {
            throw notFound();
        }
        boolean namesVisible = hasTaskOnCase(reference, username) || currentUser.isAuditorOf(school.boardId());
        IncidentReport report = incident.report();
        if (!namesVisible) {
            report = withoutNames(report);
        }
        return new IncidentView(incident.id(), incident.reference(), incident.status(), incident.boardId(),
                school.id(), school.name(), incident.channel(), incident.reportedAt(), report, !namesVisible,
                workflow.triageSuggestions(reference), workflow.triageDecisions(reference), workflow.openTasks(reference),
                workflow.timeline(reference), incident.closing());
    }

    private boolean hasTaskOnCase(String reference, String username) {
        Set<String> participants = workflow.participants(reference);
        return participants.contains(username) || currentUser.groupIds().stream().anyMatch(participants::contains);
    }

    private static IncidentReport withoutNames(IncidentReport r) {
        return new IncidentReport(r.schoolId(), r.category(), r.description(), r.occurredAt(), r.platform(),
                r.contentUrl(), new IncidentReport.Involved(r.offender().role(), null),
                new IncidentReport.Victim(r.victim().role(), null), r.facts(),
                new IncidentReport.Reporter(r.reporter().role(), null, null, r.reporter().anonymous()));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No case with this reference for you");
    }
}
