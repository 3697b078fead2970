package nl.schoolveilig.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to a case's trail and checks it. Each entry's hash covers the previous entry's hash and the
 * entry's own fields in a fixed text form, so changing, inserting or deleting an entry breaks the chain
 * from there on. There is no update or delete here; on PostgreSQL a trigger refuses them too.
 */
@Component
class AuditLog {

    static final String GENESIS = "0".repeat(64);
    /** What is personal in an entry's data: free text and everything a step's form recorded. */
    static final java.util.Set<String> PERSONAL = java.util.Set.of("text", "value", "summary", "motivation",
            "description", "url");
    /** Shown for a personal value removed at the end of the retention period. */
    static final String FORGOTTEN = "\u2026";
    private static final String COMMITTED = "sha256:";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final JdbcTemplate jdbc;
    private final ObjectMapper canonical = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends in the caller's transaction, after the case's last entry (waiting for a concurrent append). */
    @Transactional(propagation = Propagation.MANDATORY)
    void append(String reference, Instant at, String kind, String actor, Map<String, ?> data) {
        Instant recordedAt = at.truncatedTo(ChronoUnit.MILLIS);
        Map<String, String[]> personal = new java.util.LinkedHashMap<>();
        String json = json(committed(data, personal));
        List<Map<String, Object>> head = jdbc.queryForList(
                "select last_seq, last_hash from audit_chain where reference = ? for update", reference);
        long seq = head.isEmpty() ? 1 : ((Number) head.get(0).get("last_seq")).longValue() + 1;
        String prev = head.isEmpty() ? GENESIS : (String) head.get(0).get("last_hash");
        String hash = hash(prev, reference, seq, recordedAt, kind, actor, json);
        jdbc.update("insert into audit_entry (reference, seq, recorded_at, kind, actor, data, prev_hash, hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", reference, seq, Timestamp.from(recordedAt), kind, actor, json, prev, hash);
        personal.forEach((commitment, saltAndValue) -> jdbc.update("insert into audit_personal (reference, seq, commitment,"
                + " salt, personal_value) values (?, ?, ?, ?, ?)", reference, seq, commitment, saltAndValue[0], saltAndValue[1]));
        if (head.isEmpty()) {
            jdbc.update("insert into audit_chain (reference, last_seq, last_hash) values (?, ?, ?)", reference, seq, hash);
        } else {
            jdbc.update("update audit_chain set last_seq = ?, last_hash = ? where reference = ?", seq, hash, reference);
        }
    }

    /** Walks the chain from the first entry; the first entry that does not fit is named. */
    @Transactional(readOnly = true)
    Verification verify(String reference) {
        List<Map<String, Object>> entries = jdbc.queryForList("select seq, recorded_at, kind, actor, data, prev_hash, hash"
                + " from audit_entry where reference = ? order by seq", reference);
        String prev = GENESIS;
        long expected = 1;
        for (Map<String, Object> entry : entries) {
            long seq = ((Number) entry.get("seq")).longValue();
            if (seq != expected) {
                return Verification.broken(entries.size(), expected, "deleted");
            }
            if (!prev.equals(entry.get("prev_hash"))) {
                return Verification.broken(entries.size(), seq, "inserted");
            }
            String hash = hash(prev, reference, seq, instant(entry.get("recorded_at")), (String) entry.get("kind"),
                    (String) entry.get("actor"), (String) entry.get("data"));
            if (!hash.equals(entry.get("hash"))) {
                return Verification.broken(entries.size(), seq, "changed");
            }
            prev = hash;
            expected++;
        }
        for (Map<String, Object> value : jdbc.queryForList("select seq, commitment, salt, personal_value from audit_personal"
                + " where reference = ? order by seq", reference)) {
            long seq = ((Number) value.get("seq")).longValue();
            String commitment = (String) value.get("commitment");
            boolean inEntry = entries.stream().anyMatch(e -> ((Number) e.get("seq")).longValue() == seq
                    && ((String) e.get("data")).contains(COMMITTED + commitment));
            if (!inEntry || !commitment.equals(commitment((String) value.get("salt"), (String) value.get("personal_value")))) {
                return Verification.broken(entries.size(), seq, "changed");
            }
        }
        List<Map<String, Object>> head = jdbc.queryForList("select last_seq, last_hash from audit_chain where reference = ?",
                reference);
        if (!head.isEmpty() && (((Number) head.get(0).get("last_seq")).longValue() != expected - 1
                || !prev.equals(head.get(0).get("last_hash")))) {
            return Verification.broken(entries.size(), expected, "deleted");
        }
        return new Verification(true, entries.size(), null, null);
    }

    /** One entry of a case's trail as stored. */
    record Entry(long seq, Instant recordedAt, String kind, String actor, Map<String, Object> data, String hash) {
    }

    /** The case's trail, oldest first. */
    @Transactional(readOnly = true)
    List<Entry> entries(String reference) {
        Map<String, String> values = new java.util.HashMap<>();
        jdbc.query("select commitment, personal_value from audit_personal where reference = ?",
                row -> { values.put(row.getString(1), row.getString(2)); }, reference);
        return jdbc.query("select seq, recorded_at, kind, actor, data, hash from audit_entry where reference = ? order by seq",
                (row, i) -> new Entry(row.getLong(1), instant(row.getObject(2)), row.getString(3), row.getString(4),
                        revealed(read(row.getString(5)), values), row.getString(6)), reference);
    }

    /** At the end of the retention period: the personal values go, their commitments (and the chain) stay. */
    @Transactional(propagation = Propagation.MANDATORY)
    int forgetPersonalValues(String reference) {
        return jdbc.update("delete from audit_personal where reference = ?", reference);
    }

    /**
     * The data as hashed: every personal value (free text, what a step recorded; {@link #PERSONAL}) replaced by
     * {@code sha256:<commitment>}, its salt and value collected for {@code audit_personal}.
     */
    private static Object committed(Object data, Map<String, String[]> personal) {
        if (data instanceof Map<?, ?> map) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(key.toString(), PERSONAL.contains(key.toString())
                    && value instanceof String text && !text.isEmpty() ? commit(text, personal) : committed(value, personal)));
            return copy;
        }
        if (data instanceof java.util.Collection<?> list) {
            return list.stream().map(item -> committed(item, personal)).toList();
        }
        return data;
    }

    private static String commit(String value, Map<String, String[]> personal) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String saltHex = HexFormat.of().formatHex(salt);
        String commitment = commitment(saltHex, value);
        personal.put(commitment, new String[] {saltHex, value});
        return COMMITTED + commitment;
    }

    static String commitment(String salt, String value) {
        return sha256(salt + "\n" + value);
    }

    /** The data as a reader sees it: commitments replaced by their values, or by nothing once forgotten. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> revealed(Map<String, Object> data, Map<String, String> values) {
        return (Map<String, Object>) reveal(data, values);
    }

    private static Object reveal(Object data, Map<String, String> values) {
        if (data instanceof Map<?, ?> map) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(key.toString(), reveal(value, values)));
            return copy;
        }
        if (data instanceof java.util.Collection<?> list) {
            return list.stream().map(item -> reveal(item, values)).toList();
        }
        if (data instanceof String text && text.startsWith(COMMITTED)) {
            return values.getOrDefault(text.substring(COMMITTED.length()), FORGOTTEN);
        }
        return data;
    }

    private Map<String, Object> read(String json) {
        try {
            return canonical.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<>() { });
        } catch (JsonProcessingException e) {
            // A changed entry may no longer be JSON: verify names it; the page still shows the rest.
            return Map.of("unreadable", json);
        }
    }

    /** @param firstBroken the sequence number of the first entry that does not fit; problem: changed, inserted or deleted */
    record Verification(boolean intact, int entries, Long firstBroken, String problem) {

        static Verification broken(int entries, long seq, String problem) {
            return new Verification(false, entries, seq, problem);
        }
    }

    static String hash(String prev, String reference, long seq, Instant at, String kind, String actor, String data) {
        return sha256(String.join("\n", prev, reference, Long.toString(seq), at.toString(), kind,
                actor == null ? "" : actor, data));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().truncatedTo(ChronoUnit.MILLIS);
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant().truncatedTo(ChronoUnit.MILLIS);
        }
        throw new IllegalStateException("Unexpected timestamp " + value.getClass());
    }

    private String json(Object data) {
        try {
            return canonical.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit entry cannot be written", e);
        }
    }
}
