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
@Table(name = "evidence")
class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "incident_id")
    private UUID incidentId;
    private String description;
    private String url;
    @Column(name = "added_at")
    private Instant addedAt;
    private String source;

    protected Evidence() {
    }

    Evidence(UUID incidentId, String description, String url, Instant addedAt, String source) {
        this.incidentId = incidentId;
        this.description = description;
        this.url = url;
        this.addedAt = addedAt;
        this.source = source;
    }

    EvidenceView view() {
        return new EvidenceView(description, url, addedAt, source);
    }
}
