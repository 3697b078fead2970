package nl.schoolveilig.incident;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An open task of a case, kept in step with the engine's in the transaction that creates, assigns or ends it. */
@Entity
@Table(name = "case_open_task")
class CaseOpenTask {

    @Id
    @Column(name = "task_id")
    private String taskId;
    @Column(name = "incident_id")
    private UUID incidentId;
    @Column(name = "task_key")
    private String taskKey;
    @Column(name = "task_name")
    private String taskName;
    private String assignee;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "created_at")
    private Instant createdAt;

    protected CaseOpenTask() {
    }

    CaseOpenTask(String taskId, UUID incidentId, String taskKey, String taskName, String assignee, Instant dueAt,
            Instant createdAt) {
        this.taskId = taskId;
        this.incidentId = incidentId;
        this.taskKey = taskKey;
        this.taskName = taskName;
        this.assignee = assignee;
        this.dueAt = dueAt;
        this.createdAt = createdAt;
    }

    void assignTo(String assignee) {
        this.assignee = assignee;
    }

    void dueAt(Instant due) {
        this.dueAt = due;
    }
}
