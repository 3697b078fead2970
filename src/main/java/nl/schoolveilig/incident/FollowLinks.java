package nl.schoolveilig.incident;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporter's way back to their report without a login: a link with a secret (256 random bits) that opens
 * this one case's status and lets them add information. Only the secret's hash is stored. A link works until
 * the case has been closed for {@link #AFTER_CLOSING 30 days}, and is gone with the case's personal data.
 */
@Service
public class FollowLinks {

    /** How long after a case's closing its links still show that it was closed. */
    public static final Duration AFTER_CLOSING = Duration.ofDays(30);

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final IncidentRepository incidents;
    private final IncidentService service;
    private final EvidenceFiles evidenceFiles;
    private final Clock clock;

    FollowLinks(JdbcTemplate jdbc, IncidentRepository incidents, IncidentService service, EvidenceFiles evidenceFiles,
            Clock clock) {
        this.evidenceFiles = evidenceFiles;
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.service = service;
        this.clock = clock;
    }

    /** A new link's secret for the case, in the caller's transaction (or one of its own). */
    @Transactional
    public String issue(UUID incidentId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update("insert into report_follow (token_hash, incident_id, issued_at) values (?, ?, ?)",
                hash(token), incidentId, Timestamp.from(clock.instant()));
        return token;
    }

    /** What the link shows: the case's reference and status, or that it expired; empty for a link that never was. */
    @Transactional(readOnly = true)
    public Optional<FollowedReport> open(String token) {
        return incidentOf(token).flatMap(incidents::findById).map(this::followed);
    }

    /**
     * Information the reporter adds through the link: evidence on the running case (its trail records it).
     *
     * @return false when the link does not (or no longer) open a running case
     */
    @Transactional
    public boolean addInformation(String token, String text) {
        return addInformation(token, text, List.of());
    }

    /** Information and files (checked with {@link EvidenceFiles#check} already), both or neither. */
    @Transactional
    public boolean addInformation(String token, String text, List<EvidenceFiles.Upload> uploads) {
        Optional<Incident> incident = incidentOf(token).flatMap(incidents::findById);
        if (incident.isEmpty() || followed(incident.get()).state() != FollowedReport.State.RUNNING) {
            return false;
        }
        if (!text.isBlank()) {
            service.addEvidence(incident.get().id(), text, null, FollowedReport.SOURCE);
        }
        if (!uploads.isEmpty()) {
            evidenceFiles.attach(incident.get().id(), uploads, FollowedReport.SOURCE);
        }
        return true;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RetentionEnded ended) {
        incidents.findByReference(ended.reference()).ifPresent(incident ->
                jdbc.update("delete from report_follow where incident_id = ?", incident.id()));
    }

    private Optional<UUID> incidentOf(String token) {
        if (token == null || !WELL_FORMED.matcher(token).matches()) {
            return Optional.empty();
        }
        List<UUID> found = jdbc.queryForList("select incident_id from report_follow where token_hash = ?", UUID.class,
                hash(token));
        return found.stream().findFirst();
    }

    private FollowedReport followed(Incident incident) {
        Instant now = clock.instant();
        FollowedReport.State state;
        if (incident.anonymisedAt() != null
                || (incident.closedAt() != null && incident.closedAt().plus(AFTER_CLOSING).isBefore(now))) {
            state = FollowedReport.State.EXPIRED;
        } else if (incident.status() == IncidentStatus.CLOSED) {
            state = FollowedReport.State.CLOSED;
        } else {
            state = FollowedReport.State.RUNNING;
        }
        return new FollowedReport(incident.reference(), state, incident.reportedAt(), incident.closedAt());
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
