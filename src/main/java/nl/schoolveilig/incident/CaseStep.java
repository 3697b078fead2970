package nl.schoolveilig.incident;

import nl.schoolveilig.workflow.StepCompleted;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** One completed step of a case, with what its form recorded, kept with the case. */
@Entity
@Table(name = "case_step")
class CaseStep {

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
    @Column(name = "form_id")
    private String formId;
    @Column(name = "completed_by")
    private String completedBy;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_step_field", joinColumns = @JoinColumn(name = "step_id"))
    @OrderColumn(name = "field_order")
    private List<Field> fields = new ArrayList<>();

    protected CaseStep() {
    }

    CaseStep(UUID incidentId, StepCompleted step) {
        this.incidentId = incidentId;
        this.taskId = step.taskId();
        this.taskKey = step.taskKey();
        this.taskName = step.taskName();
        this.formId = step.formId();
        this.completedBy = step.completedBy();
        this.completedAt = step.completedAt();
        this.dueAt = step.due();
        step.fields().forEach(f -> fields.add(new Field(f.key(), f.label(), f.value(), f.text(), f.freeText())));
    }

    CaseStepView view() {
        return new CaseStepView(taskId, taskKey, taskName, completedBy, completedAt, dueAt,
                dueAt == null || !completedAt.isAfter(dueAt),
                fields.stream().map(f -> new StepCompleted.Field(f.fieldKey, f.label, f.value, f.text, f.freeText)).toList());
    }

    @Embeddable
    static class Field {

        @Column(name = "field_key")
        private String fieldKey;
        @Column(name = "field_label")
        private String label;
        @Column(name = "field_value")
        private String value;
        @Column(name = "field_text")
        private String text;
        @Column(name = "free_text")
        private boolean freeText;

        protected Field() {
        }

        Field(String fieldKey, String label, String value, String text, boolean freeText) {
            this.freeText = freeText;
            this.fieldKey = fieldKey;
            this.label = label;
            this.value = value;
            this.text = text;
        }
    }
}
