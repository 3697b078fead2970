package nl.schoolveilig.incident;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.UuidGenerator;

@Entity
@Table(name = "incident")
class Incident {

    @Id
    @GeneratedValue
    @UuidGenerator
    private UUID id;
    private String reference;
    @Column(name = "board_id")
    private String boardId;
    @Column(name = "school_id")
    private String schoolId;
    @Enumerated(EnumType.STRING)
    private Category category;
    private String description;
    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;
    @Column(name = "reported_at")
    private Instant reportedAt;
    @Enumerated(EnumType.STRING)
    private Platform platform;
    @Column(name = "content_url")
    private String contentUrl;
    @Enumerated(EnumType.STRING)
    @Column(name = "offender_role")
    private PersonRole offenderRole;
    @Column(name = "offender_name")
    private String offenderName;
    @Enumerated(EnumType.STRING)
    @Column(name = "victim_role")
    private VictimRole victimRole;
    @Column(name = "victim_name")
    private String victimName;
    /** The facts the reporter ticked, one row each (incident_fact): a new fact needs no new column. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_fact", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "fact")
    @Enumerated(EnumType.STRING)
    private Set<Fact> facts = new HashSet<>();
    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_role")
    private PersonRole reporterRole;
    @Column(name = "reporter_name")
    private String reporterName;
    @Column(name = "reporter_email")
    private String reporterEmail;
    @Column(name = "reporter_anonymous")
    private boolean reporterAnonymous;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private IncidentStatus status;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closing_reason")
    private String closingReason;
    @Column(name = "closing_summary")
    private String closingSummary;
    @Column(name = "owner_group")
    private String ownerGroup;
    @Column(name = "triage_policy")
    private String triagePolicy;
    @Column(name = "sanction_policy")
    private String sanctionPolicy;
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;
    /** As the triage policy suggested it, then as the triage owner decided it. */
    private String severity;
    /** The case is about the school leader: the board's alone. */
    @Column(name = "board_only")
    private boolean boardOnly;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_involvement", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "involvement")
    @Enumerated(EnumType.STRING)
    private Set<Involvement> involvements = new HashSet<>();
    /** Every user and group that was ever given a task on the case. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_participant", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "participant")
    private Set<String> participants = new HashSet<>();

    protected Incident() {
    }

    Incident(String reference, String boardId, IncidentReport report, Channel channel, Instant reportedAt) {
        this.reference = reference;
        this.boardId = boardId;
        this.schoolId = report.schoolId();
        this.category = report.category();
        this.description = report.description();
        this.occurredAt = report.occurredAt();
        this.platform = report.platform();
        this.contentUrl = report.contentUrl();
        this.offenderRole = report.offender().role();
        this.offenderName = report.offender().name();
        this.victimRole = report.victim().role();
        this.victimName = report.victim().name();
        this.facts = new HashSet<>(report.facts());
        IncidentReport.Reporter reporter = report.reporter();
        this.reporterRole = reporter.role();
        this.reporterName = reporter.name();
        this.reporterEmail = reporter.email();
        this.reporterAnonymous = reporter.anonymous();
        this.channel = channel;
        this.reportedAt = reportedAt;
        this.status = IncidentStatus.OPEN;
    }

    /** The end of the retention period: names, contact details and free text go; the rest stays for counts. */
    void anonymise(String removed, Instant at) {
        this.description = removed;
        this.contentUrl = null;
        this.offenderName = null;
        this.victimName = null;
        this.reporterName = null;
        this.reporterEmail = null;
        if (closingSummary != null) {
            this.closingSummary = removed;
        }
        this.anonymisedAt = at;
    }

    void close(String reason, String summary, Instant at) {
        this.status = IncidentStatus.CLOSED;
        this.closingReason = reason;
        this.closingSummary = summary;
        this.closedAt = at;
    }

    /** The triage policy's answers (JSON of the DMN result) and the group that owns the case since. */
    void triaged(String policyJson, String ownerGroup, String suggestedSeverity, boolean aboutSchoolLeader) {
        this.triagePolicy = policyJson;
        this.ownerGroup = ownerGroup;
        this.severity = suggestedSeverity;
        this.boardOnly = aboutSchoolLeader;
    }

    void severityDecided(String severity) {
        if (severity != null && !severity.isBlank()) {
            this.severity = severity;
        }
    }

    void involved(Involvement involvement) {
        involvements.add(involvement);
    }

    void participating(java.util.Collection<String> usersOrGroups) {
        usersOrGroups.stream().filter(p -> p != null && !p.isBlank()).forEach(participants::add);
    }

    String severity() {
        return severity;
    }

    Set<Involvement> involvements() {
        return Set.copyOf(involvements);
    }

    boolean boardOnly() {
        return boardOnly;
    }

    PersonRole offenderRole() {
        return offenderRole;
    }

    Category category() {
        return category;
    }

    String description() {
        return description;
    }

    Instant closedAt() {
        return closedAt;
    }

    String closingReason() {
        return closingReason;
    }

    void sanctionSuggested(String suggestionJson) {
        this.sanctionPolicy = suggestionJson;
    }

    String ownerGroup() {
        return ownerGroup;
    }

    String triagePolicy() {
        return triagePolicy;
    }

    String sanctionPolicy() {
        return sanctionPolicy;
    }

    Closing closing() {
        return status == IncidentStatus.CLOSED ? new Closing(closedAt, closingReason, closingSummary) : null;
    }

    IncidentReport report() {
        return new IncidentReport(schoolId, category, description, occurredAt, platform, contentUrl,
                new IncidentReport.Involved(offenderRole, offenderName),
                new IncidentReport.Victim(victimRole, victimName),
                facts,
                new IncidentReport.Reporter(reporterRole, reporterName, reporterEmail, reporterAnonymous));
    }

    UUID id() {
        return id;
    }

    String reference() {
        return reference;
    }

    String boardId() {
        return boardId;
    }

    String schoolId() {
        return schoolId;
    }

    Instant reportedAt() {
        return reportedAt;
    }

    Channel channel() {
        return channel;
    }

    Instant anonymisedAt() {
        return anonymisedAt;
    }

    IncidentStatus status() {
        return status;
    }
}
