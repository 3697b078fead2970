package nl.schoolveilig.privacy.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.UuidGenerator;

/** One entry of the breach register. Public for the register page. */
@Entity
@Table(name = "breach_register")
public class Breach {

    @Id
    @GeneratedValue
    @UuidGenerator
    private UUID id;
    @Column(name = "incident_reference")
    private String incidentReference;
    @Column(name = "board_id")
    private String boardId;
    @Column(name = "school_id")
    private String schoolId;
    @Column(name = "discovered_at")
    private Instant discoveredAt;
    @Column(name = "assessed_at")
    private Instant assessedAt;
    @Column(name = "assessed_by")
    private String assessedBy;
    private String description;
    private String measures;
    private boolean reportable;
    @Column(name = "high_risk")
    private boolean highRisk;
    @Column(name = "authority_notified_on")
    private String authorityNotifiedOn;
    @Column(name = "authority_reference")
    private String authorityReference;
    @Column(name = "notification_recorded_at")
    private Instant notificationRecordedAt;

    protected Breach() {
    }

    Breach(String incidentReference, String boardId, String schoolId, Instant discoveredAt, Instant assessedAt,
            String assessedBy, String description, String measures, boolean reportable, boolean highRisk) {
        this.incidentReference = incidentReference;
        this.boardId = boardId;
        this.schoolId = schoolId;
        this.discoveredAt = discoveredAt;
        this.assessedAt = assessedAt;
        this.assessedBy = assessedBy;
        this.description = description;
        this.measures = measures;
        this.reportable = reportable;
        this.highRisk = highRisk;
    }

    void authorityNotified(String on, String reference, Instant recordedAt) {
        this.authorityNotifiedOn = on;
        this.authorityReference = reference;
        this.notificationRecordedAt = recordedAt;
    }

    public String getIncidentReference() {
        return incidentReference;
    }

    public String getBoardId() {
        return boardId;
    }

    public String getSchoolId() {
        return schoolId;
    }

    public Instant getDiscoveredAt() {
        return discoveredAt;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public String getDescription() {
        return description;
    }

    public String getMeasures() {
        return measures;
    }

    public boolean isReportable() {
        return reportable;
    }

    public boolean isHighRisk() {
        return highRisk;
    }

    public String getAuthorityNotifiedOn() {
        return authorityNotifiedOn;
    }

    public String getAuthorityReference() {
        return authorityReference;
    }

    /** When the notification to the authority is due: 72 hours after discovery, on the wall clock. */
    public Instant getNotificationDue() {
        return discoveredAt.plusSeconds(72 * 3600);
    }

    /** For a reportable breach not yet notified: the time left until the deadline (negative once past it). */
    public java.time.Duration leftAt(Instant now) {
        return reportable && authorityReference == null ? java.time.Duration.between(now, getNotificationDue()) : null;
    }

    /** For a notified breach: how late the notification was recorded, or null when it was in time. */
    public java.time.Duration getLateBy() {
        if (notificationRecordedAt == null || !notificationRecordedAt.isAfter(getNotificationDue())) {
            return null;
        }
        return java.time.Duration.between(getNotificationDue(), notificationRecordedAt);
    }
}
