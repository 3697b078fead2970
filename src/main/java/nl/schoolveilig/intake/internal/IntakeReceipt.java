package nl.schoolveilig.intake.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.schoolveilig.incident.Channel;
import org.springframework.data.domain.Persistable;

/** The inbox row that proves a submission key was accepted, and which case it became. */
@Entity
@Table(name = "intake_receipt")
class IntakeReceipt implements Persistable<String> {

    @Id
    @Column(name = "key_hash")
    private String keyHash;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Column(name = "payload_hash")
    private String payloadHash;
    @Column(name = "incident_id")
    private UUID incidentId;
    @Column(name = "received_at")
    private Instant receivedAt;

    protected IntakeReceipt() {
    }

    IntakeReceipt(SubmissionKey key, String payloadHash, UUID incidentId, Instant receivedAt) {
        this.keyHash = key.hash();
        this.channel = key.channel();
        this.payloadHash = payloadHash;
        this.incidentId = incidentId;
        this.receivedAt = receivedAt;
    }

    @Override
    public String getId() {
        return keyHash;
    }

    /** Always new: saving inserts, so a concurrent duplicate fails on the primary key instead of merging. */
    @Override
    public boolean isNew() {
        return true;
    }

    String payloadHash() {
        return payloadHash;
    }

    UUID incidentId() {
        return incidentId;
    }
}
