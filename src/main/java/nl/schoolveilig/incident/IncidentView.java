package nl.schoolveilig.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schoolveilig.directory.ImageConsent;
import nl.schoolveilig.requests.Requests;
import nl.schoolveilig.workflow.OpenTask;
import nl.schoolveilig.workflow.TimelineEntry;
import nl.schoolveilig.workflow.TriageDecision;

/**
 * A case as {@code GET /api/incidents/{reference}} shows it. Names of victim and offender are left
 * out ({@code namesHidden}) for readers who have no task on the case. For an image shared without
 * consent, {@code imageConsent} is the pupil's consent as the directory knows it (else null); for a case about
 * an employee, an intern or (device rules) a pupil, {@code priorRequests} is what they asked beforehand
 * (a registered channel, a permission), for readers who see names (else null).
 * {@code suggestions} and {@code sanctionSuggestion} are the policy's answers as recorded when it was
 * evaluated; {@code steps} what each completed step recorded, who, when and whether within its term.
 */
public record IncidentView(UUID id, String reference, IncidentStatus status, String boardId, String schoolId,
        String schoolName, Channel channel, Instant reportedAt, IncidentReport report, boolean namesHidden,
        Map<String, Object> suggestions, List<TriageDecision> decisions, Map<String, Object> sanctionSuggestion,
        List<OpenTask> tasks, List<CaseStepView> steps, List<MissedDeadlineView> missedDeadlines, List<EvidenceView> evidence, List<TimelineEntry> timeline,
        Closing closing, ImageConsent imageConsent, Requests.Prior priorRequests, List<EvidenceFiles.FileView> files) {
}
