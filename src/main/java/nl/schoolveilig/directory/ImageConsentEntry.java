package nl.schoolveilig.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "image_consent")
class ImageConsentEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "school_id")
    private String schoolId;
    @Column(name = "pupil_name")
    private String pupilName;
    private String channel;
    private boolean consent;

    protected ImageConsentEntry() {
    }

    ImageConsentEntry(String schoolId, String pupilName, String channel, boolean consent) {
        this.schoolId = schoolId;
        this.pupilName = pupilName;
        this.channel = channel;
        this.consent = consent;
    }

    String pupilName() {
        return pupilName;
    }

    String channel() {
        return channel;
    }

    boolean consent() {
        return consent;
    }
}
