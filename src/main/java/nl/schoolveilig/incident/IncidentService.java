package nl.schoolveilig.incident;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.School;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Opens cases: the record, its reference and the queued start of its workflow, in one transaction. */
@Service
public class IncidentService {

    private final IncidentRepository incidents;
    private final ReferenceGenerator references;
    private final Directory directory;
    private final CaseStarter starter;
    private final EvidenceRepository evidence;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncidentService(IncidentRepository incidents, ReferenceGenerator references, Directory directory,
            CaseStarter starter, EvidenceRepository evidence, ApplicationEventPublisher events, Clock clock) {
        this.evidence = evidence;
        this.events = events;
        this.incidents = incidents;
        this.references = references;
        this.directory = directory;
        this.starter = starter;
        this.clock = clock;
    }

    /**
     * Records a validated report as a case, in the caller's transaction, and queues the start of its
     * workflow in the same transaction: the process starts right after the commit ({@link CaseStarter}),
     * so a committed case always gets its process and taking in a report does not wait for the engine.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public OpenedIncident open(IncidentReport report, Channel channel) {
        School school = directory.school(report.schoolId())
                .orElseThrow(() -> new IllegalArgumentException("Unknown school " + report.schoolId()));
        Incident incident = incidents.save(
                new Incident(references.next(), school.boardId(), report, channel, clock.instant()));
        events.publishEvent(new CaseOpened(incident.id(), incident.reference(), school.boardId(), school.id(),
                report.category(), channel, incident.reportedAt()));
        starter.queue(incident);
        return new OpenedIncident(incident.id(), incident.reference(), incident.status());
    }

    /**
     * Makes sure the case's workflow runs before a message is passed on to it, in the caller's
     * transaction: a press inquiry or withdrawal may arrive before the queued start came round.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void startWorkflowIfQueued(UUID incidentId) {
        starter.startIfQueued(incidentId);
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

    /** The same, by the case's id: a case recorded in this transaction is read from memory, without a query. */
    @Transactional(readOnly = true)
    public Optional<String> reporterEmail(UUID incidentId) {
        return incidents.findById(incidentId).map(i -> i.report().reporter().email());
    }

}
