package nl.schoolveilig.incident;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/** A recorded case whose workflow is still to be started, and the node that queued it. */
@Entity
@Table(name = "case_start")
class PendingStart implements Persistable<UUID> {

    @Id
    @Column(name = "incident_id")
    private UUID incidentId;
    private String node;
    @Column(name = "queued_at")
    private Instant queuedAt;
    /** The id is the case's: without this, saving would first look the row up to choose insert or update. */
    @Transient
    private boolean isNew = true;

    protected PendingStart() {
    }

    PendingStart(UUID incidentId, String node, Instant queuedAt) {
        this.incidentId = incidentId;
        this.node = node;
        this.queuedAt = queuedAt;
    }

    @PostLoad
    void loaded() {
        isNew = false;
    }

    @Override
    public UUID getId() {
        return incidentId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    UUID incidentId() {
        return incidentId;
    }
}
