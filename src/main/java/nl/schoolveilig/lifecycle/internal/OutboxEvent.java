package nl.schoolveilig.lifecycle.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A lifecycle event waiting for (or done with) the relay to Kafka. Its id is the CloudEvent id. */
@Entity
@Table(name = "outbox_event")
class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;
    private UUID id;
    private String topic;
    private String type;
    private String subject;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String data;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected OutboxEvent() {
    }

    OutboxEvent(String topic, String type, String subject, Instant occurredAt, String data) {
        this.id = UUID.randomUUID();
        this.topic = topic;
        this.type = type;
        this.subject = subject;
        this.occurredAt = occurredAt;
        this.data = data;
    }

    void published(Instant at) {
        this.publishedAt = at;
    }

    UUID id() {
        return id;
    }

    String topic() {
        return topic;
    }

    String type() {
        return type;
    }

    String subject() {
        return subject;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String data() {
        return data;
    }
}
