package nl.schoolveilig.incident;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.School;
import nl.schoolveilig.workflow.CaseStart;
import nl.schoolveilig.workflow.IncidentWorkflow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Opens cases: the record, its reference and its workflow, in one transaction. */
@Service
public class IncidentService {

    private final IncidentRepository incidents;
    private final ReferenceGenerator references;
    private final Directory directory;
    private final IncidentWorkflow workflow;
    private final EvidenceRepository evidence;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;
    private static final java.util.Locale DUTCH = java.util.Locale.forLanguageTag("nl");

    IncidentService(IncidentRepository incidents, ReferenceGenerator references, Directory directory,
            IncidentWorkflow workflow, EvidenceRepository evidence, ApplicationEventPublisher events, Clock clock,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.evidence = evidence;
        this.events = events;
        this.incidents = incidents;
        this.references = references;
        this.directory = directory;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** Records a validated report as a case and starts its workflow, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public OpenedIncident open(IncidentReport report, Channel channel) {
        School school = directory.school(report.schoolId())
                .orElseThrow(() -> new IllegalArgumentException("Unknown school " + report.schoolId()));
        Incident incident = incidents.save(
                new Incident(references.next(), school.boardId(), report, channel, clock.instant()));
        events.publishEvent(new CaseOpened(incident.id(), incident.reference(), school.boardId(), school.id(),
                report.category(), channel, incident.reportedAt()));
        workflow.start(new CaseStart(incident.id(), incident.reference(), school.boardId(), school.id(),
                report.category().name(), report.offender().role().name(), report.victim().role().name(),
                Fact.asVariables(report.facts()), incident.reportedAt(),
                String.join(" · ", incident.reference(), school.name(),
                        messages.getMessage("category." + report.category(), null, DUTCH),
                        CaseList.summary(report.description()))));
        return new OpenedIncident(incident.id(), incident.reference(), incident.status());
    }

    /** Evidence for a case, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addEvidence(UUID incidentId, String description, String url, String source) {
        Incident incident = incidents.findById(incidentId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown case " + incidentId));
        Evidence added = evidence.save(new Evidence(incidentId, description, url, clock.instant(), source));
        events.publishEvent(new EvidenceAdded(incident.reference(), description, url, source, added.view().addedAt()));
    }

    @Transactional(readOnly = true)
    public Optional<OpenedIncident> find(String reference) {
        return incidents.findByReference(reference).map(i -> new OpenedIncident(i.id(), i.reference(), i.status()));
    }

    @Transactional(readOnly = true)
    public Optional<OpenedIncident> find(UUID id) {
        return incidents.findById(id).map(i -> new OpenedIncident(i.id(), i.reference(), i.status()));
    }

    /** Where the reporter wants to hear about the case: absent when anonymous or no address was given. */
    @Transactional(readOnly = true)
    public Optional<String> reporterEmail(String reference) {
        return incidents.findByReference(reference).map(i -> i.report().reporter().email());
    }

}
