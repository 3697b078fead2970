package nl.schoolveilig.requests;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A request as recorded: who asked what at which school, where it stands, and what was decided by whom. */
@Entity
@Table(name = "school_request")
class SchoolRequest {

    @Id
    private UUID id;
    private String reference;
    @Enumerated(EnumType.STRING)
    private RequestType type;
    @Column(name = "board_id")
    private String boardId;
    @Column(name = "school_id")
    private String schoolId;
    @Column(name = "group_id")
    private Long groupId;
    @Column(name = "named_decider")
    private String namedDecider;
    private String requester;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Enumerated(EnumType.STRING)
    private RequestState state;
    private String details;
    private String decision;
    private String motivation;
    private String conditions;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "submission_key")
    private String submissionKey;
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    protected SchoolRequest() {
    }

    SchoolRequest(String reference, RequestType type, String boardId, String schoolId, Long groupId, String namedDecider,
            String requester, Instant submittedAt, String details, String submissionKey) {
        this.namedDecider = namedDecider;
        this.submissionKey = submissionKey;
        this.id = UUID.randomUUID();
        this.reference = reference;
        this.type = type;
        this.boardId = boardId;
        this.schoolId = schoolId;
        this.groupId = groupId;
        this.requester = requester;
        this.submittedAt = submittedAt;
        this.state = RequestState.SUBMITTED;
        this.details = details;
    }

    void decided(String decision, String motivation, String conditions, String by, Instant at) {
        this.decision = decision;
        this.motivation = motivation;
        this.conditions = conditions;
        this.decidedBy = by;
        this.decidedAt = at;
        this.state = "CHANGES_REQUESTED".equals(decision) ? RequestState.CHANGES_REQUESTED : RequestState.DECIDED;
    }

    void resubmitted(String details) {
        this.details = details;
        this.state = RequestState.SUBMITTED;
    }

    /** At the end of the retention period: what identifies people and what they wrote goes; the rest stays. */
    void anonymise(String details, String removed, Instant at) {
        this.details = details;
        this.motivation = motivation == null ? null : removed;
        this.conditions = conditions == null ? null : removed;
        this.anonymisedAt = at;
    }

    Instant anonymisedAt() {
        return anonymisedAt;
    }

    void ended(Instant at) {
        this.state = RequestState.ENDED;
        this.endedAt = at;
    }

    UUID id() {
        return id;
    }

    String reference() {
        return reference;
    }

    RequestType type() {
        return type;
    }

    String boardId() {
        return boardId;
    }

    String schoolId() {
        return schoolId;
    }

    Long groupId() {
        return groupId;
    }

    String namedDecider() {
        return namedDecider;
    }

    String requester() {
        return requester;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    RequestState state() {
        return state;
    }

    String details() {
        return details;
    }

    String decision() {
        return decision;
    }

    String motivation() {
        return motivation;
    }

    String conditions() {
        return conditions;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    Instant endedAt() {
        return endedAt;
    }
}
