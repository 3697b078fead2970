package nl.schoolveilig.incident;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "missed_deadline")
class MissedDeadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "incident_id")
    private UUID incidentId;
    @Column(name = "task_id")
    private String taskId;
    @Column(name = "task_key")
    private String taskKey;
    @Column(name = "task_name")
    private String taskName;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "missed_at")
    private Instant missedAt;

    protected MissedDeadline() {
    }

    MissedDeadline(UUID incidentId, String taskId, String taskKey, String taskName, Instant dueAt, Instant missedAt) {
        this.incidentId = incidentId;
        this.taskId = taskId;
        this.taskKey = taskKey;
        this.taskName = taskName;
        this.dueAt = dueAt;
        this.missedAt = missedAt;
    }

    MissedDeadlineView view() {
        return new MissedDeadlineView(taskKey, taskName, dueAt, missedAt);
    }
}
