package nl.schoolveilig.incident;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schoolveilig.web.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files with a report, as evidence (the main evidence of online bullying is a screenshot): at most
 * {@value #MAX_FILES} per sending, {@value #MAX_MIB} MiB each, images (JPEG, PNG, GIF, WebP) and PDF, the type
 * told by the content, never by the name. Kept with the case in the case's transaction, recorded in its trail,
 * read only through the case's own access check, and removed with the case's personal data.
 */
@Service
public class EvidenceFiles {

    public static final int MAX_FILES = 5;
    public static final int MAX_MIB = 4;
    static final int MAX_BYTES = MAX_MIB * 1024 * 1024;

    /**
     * A file as it was sent. Its bytes are read only when the sending can be kept (no more than
     * {@value #MAX_FILES} files, none over {@value #MAX_MIB} MiB): an oversized sending costs no memory.
     *
     * @param content the bytes; {@code null} for a file that was not read
     */
    public record Upload(String name, byte[] content, long size) {

        public Upload(String name, byte[] content) {
            this(name, content, content.length);
        }

        /** The files chosen in a form or sent as parts; a file field left empty sends an empty part, which is no file. */
        public static List<Upload> of(List<org.springframework.web.multipart.MultipartFile> files) throws java.io.IOException {
            List<org.springframework.web.multipart.MultipartFile> chosen = files == null ? List.of()
                    : files.stream().filter(file -> !file.isEmpty()).toList();
            boolean readable = chosen.size() <= MAX_FILES && chosen.stream().allMatch(file -> file.getSize() <= MAX_BYTES);
            List<Upload> uploads = new ArrayList<>();
            for (var file : chosen) {
                uploads.add(new Upload(file.getOriginalFilename(), readable ? file.getBytes() : null, file.getSize()));
            }
            return uploads;
        }
    }

    /** A stored file as a case shows it (not its content). */
    public record FileView(UUID id, String name, String mediaType, int sizeBytes, String sha256, java.time.Instant addedAt,
            String source) {

        public boolean image() {
            return mediaType.startsWith("image/");
        }
    }

    /** A stored file's content, for someone allowed on its case. */
    public record Content(String name, String mediaType, byte[] bytes) {
    }

    private final JdbcTemplate jdbc;
    private final IncidentRepository incidents;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceFiles(JdbcTemplate jdbc, IncidentRepository incidents, MessageSource messages,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** What is wrong with the files of one sending, under the field {@code field}; empty when they may be kept. */
    public List<FieldProblem> check(List<Upload> uploads, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        if (uploads.size() > MAX_FILES) {
            problems.add(new FieldProblem(field, message("evidence.tooMany", MAX_FILES)));
            return problems;
        }
        for (Upload upload : uploads) {
            String name = safeName(upload.name());
            if (upload.size() > MAX_BYTES || upload.content() == null) {
                problems.add(new FieldProblem(field, message("evidence.tooLarge", name, MAX_MIB)));
            } else if (mediaType(upload.content()).isEmpty()) {
                problems.add(new FieldProblem(field, message("evidence.type", name)));
            }
        }
        return problems;
    }

    /** Keeps checked files with the case, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void attach(UUID incidentId, List<Upload> uploads, String source) {
        if (!check(uploads, "files").isEmpty()) {
            throw new IllegalArgumentException("Files not checked before attaching");
        }
        Incident incident = incidents.findById(incidentId).orElseThrow();
        for (Upload upload : uploads) {
            String name = safeName(upload.name());
            String type = mediaType(upload.content()).orElseThrow();
            String hash = sha256(upload.content());
            var now = clock.instant();
            jdbc.update("insert into evidence_file (id, incident_id, file_name, media_type, size_bytes, sha256, content, added_at, source)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), incidentId, name, type, upload.content().length,
                    hash, upload.content(), Timestamp.from(now), source);
            // The trail names the file and its fingerprint: what was handed in can be shown to be unchanged.
            events.publishEvent(new EvidenceAdded(incident.reference(), "Bestand: " + name + " (" + type + ", "
                    + upload.content().length + " bytes, SHA-256 " + hash + ")", null, source, now));
        }
    }

    @Transactional(readOnly = true)
    public List<FileView> of(UUID incidentId) {
        return jdbc.query("select id, file_name, media_type, size_bytes, sha256, added_at, source from evidence_file "
                + "where incident_id = ? order by added_at, file_name", (rs, row) -> new FileView(
                        rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("media_type"),
                        rs.getInt("size_bytes"), rs.getString("sha256"), rs.getTimestamp("added_at").toInstant(),
                        rs.getString("source")), incidentId);
    }

    /** A file of this case; the caller has checked that the reader may see the case's names. */
    @Transactional(readOnly = true)
    public Optional<Content> content(UUID incidentId, UUID fileId) {
        return jdbc.query("select file_name, media_type, content from evidence_file where incident_id = ? and id = ?",
                (rs, row) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)), incidentId, fileId)
                .stream().findFirst();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RetentionEnded ended) {
        incidents.findByReference(ended.reference()).ifPresent(incident ->
                jdbc.update("delete from evidence_file where incident_id = ?", incident.id()));
    }

    /** What the first bytes say the file is; a name or a browser's claim says nothing. */
    static Optional<String> mediaType(byte[] content) {
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (startsWith(content, 'R', 'I', 'F', 'F') && content.length >= 12
                && Arrays.equals(Arrays.copyOfRange(content, 8, 12), "WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return Optional.of("image/webp");
        }
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The name without a path or characters a header or a file system could misread; at most 100 characters. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) {
            base = "bestand";
        }
        return base.length() <= 100 ? base : base.substring(0, 100);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
