package nl.schoolveilig.directory;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

/**
 * A pupil as the school's pupil administration knows them: number, name, group, and what the parents
 * consented to per channel. No more than the requests and incidents need.
 */
@Entity
@Table(name = "pupil")
class Pupil {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "school_id")
    private String schoolId;
    private String number;
    private String name;
    @Column(name = "group_id")
    private Long groupId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pupil_image_consent", joinColumns = @JoinColumn(name = "pupil_id"))
    @MapKeyColumn(name = "channel")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<ImageChannel, Consent> consents = new EnumMap<>(ImageChannel.class);

    protected Pupil() {
    }

    Pupil(String schoolId, String number, String name, Long groupId) {
        this.schoolId = schoolId;
        this.number = number;
        this.name = name;
        this.groupId = groupId;
    }

    Long id() {
        return id;
    }

    String schoolId() {
        return schoolId;
    }

    String number() {
        return number;
    }

    String name() {
        return name;
    }

    Long groupId() {
        return groupId;
    }

    /** What the parents consented to, per channel; a channel the administration did not say is absent. */
    Map<ImageChannel, Boolean> consents() {
        Map<ImageChannel, Boolean> given = new EnumMap<>(ImageChannel.class);
        consents.forEach((channel, consent) -> given.put(channel, consent.consent));
        return given;
    }

    /** Takes the administration's row: name, group and the consents it gives, replacing the earlier ones. */
    boolean update(String name, Long groupId, Map<ImageChannel, Boolean> given, Instant at) {
        boolean changed = !name.equals(this.name) || !groupId.equals(this.groupId) || !given.equals(consents());
        if (changed) {
            this.name = name;
            this.groupId = groupId;
            consents.clear();
            given.forEach((channel, consent) -> consents.put(channel, new Consent(consent, at)));
        }
        return changed;
    }

    /** One channel's consent and when the administration last said so. */
    @Embeddable
    static class Consent {

        private boolean consent;
        @Column(name = "recorded_at")
        private Instant recordedAt;

        protected Consent() {
        }

        Consent(boolean consent, Instant recordedAt) {
            this.consent = consent;
            this.recordedAt = recordedAt;
        }
    }
}
