package nl.schoolveilig.notifications.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.UuidGenerator;

@Entity
@Table(name = "mail_message")
public class MailMessage {

    /** PENDING: to send; SENT; OUTBOX_ONLY: no SMTP server configured, only on the outbox page; FAILED: gave up. */
    public enum Status { PENDING, SENT, OUTBOX_ONLY, FAILED }

    static final int MAX_ATTEMPTS = 5;

    @Id
    @GeneratedValue
    @UuidGenerator
    private UUID id;
    private String recipient;
    private String subject;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected MailMessage() {
    }

    MailMessage(String recipient, String subject, String body, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
        this.status = Status.PENDING;
    }

    /** Sent: the secrets it carried (a reporter's follow link) leave the outbox, the mailbox has them now. */
    void sent(Instant at) {
        status = Status.SENT;
        sentAt = at;
        attempts++;
        body = FOLLOW_SECRET.matcher(body).replaceAll("/melden/volgen/…");
    }

    private static final java.util.regex.Pattern FOLLOW_SECRET = java.util.regex.Pattern.compile("/melden/volgen/[A-Za-z0-9_-]+");

    void keptInOutbox() {
        status = Status.OUTBOX_ONLY;
    }

    void failed(String error) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        }
    }

    public UUID getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Status getStatus() {
        return status;
    }

    public String getLastError() {
        return lastError;
    }
}
