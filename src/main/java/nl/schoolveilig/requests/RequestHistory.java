package nl.schoolveilig.requests;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One thing that happened to a request: submitted, a step completed with its form's values, a term passed, ended. */
@Entity
@Table(name = "request_history")
class RequestHistory {

    enum Kind { SUBMITTED, STEP_COMPLETED, TERM_MISSED, ENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "request_id")
    private UUID requestId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;
    private Instant at;
    private String actor;
    @Column(name = "task_key")
    private String taskKey;
    @Column(name = "task_name")
    private String taskName;
    @Column(name = "due_at")
    private Instant dueAt;
    private String data;

    protected RequestHistory() {
    }

    RequestHistory(UUID requestId, Kind kind, Instant at, String actor, String taskKey, String taskName, Instant dueAt,
            String data) {
        this.requestId = requestId;
        this.kind = kind;
        this.at = at;
        this.actor = actor;
        this.taskKey = taskKey;
        this.taskName = taskName;
        this.dueAt = dueAt;
        this.data = data;
    }

    Kind kind() {
        return kind;
    }

    Instant at() {
        return at;
    }

    String actor() {
        return actor;
    }

    String taskKey() {
        return taskKey;
    }

    String taskName() {
        return taskName;
    }

    Instant dueAt() {
        return dueAt;
    }

    String data() {
        return data;
    }
}
