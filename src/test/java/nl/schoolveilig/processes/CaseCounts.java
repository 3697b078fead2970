package nl.schoolveilig.processes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * What the database holds after a fault, read directly with SQL once the application has stopped:
 * which reports became a case (the intake inbox maps each event's source and id to its case), how many
 * cases there are, and which do not have exactly one triage task.
 */
public record CaseCounts(int cases, Set<String> eventsWithACase, int casesWithoutExactlyOneTriageTask, int triageTasks) {

    public static CaseCounts ofH2(Path dataDir) {
        return of("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db/schoolveilig"), "sa", "");
    }

    public static CaseCounts of(String url, String user, String password) {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            Set<String> keys = new HashSet<>();
            try (PreparedStatement receipts = db.prepareStatement("select key_hash from intake_receipt where channel = 'EVENT'");
                    ResultSet rows = receipts.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            return new CaseCounts(single(db, "select count(*) from incident"), keys, single(db, """
                    select count(*) from incident i where (select count(*) from act_ru_task t
                      join act_ru_execution p on p.id_ = t.proc_inst_id_
                      where t.task_def_key_ = 'TriageIncident' and p.business_key_ = i.reference) <> 1"""),
                    single(db, "select count(*) from act_ru_task where task_def_key_ = 'TriageIncident'"));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + url, e);
        }
    }

    /** The events among {@code ids} that did not become a case. */
    public Set<String> missing(Collection<String> ids) {
        Set<String> missing = new HashSet<>();
        for (String id : ids) {
            if (!eventsWithACase.contains(keyOf(id))) {
                missing.add(id);
            }
        }
        return missing;
    }

    /** The intake inbox's key of an event (see intake's SubmissionKey). */
    public static String keyOf(String eventId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("EVENT:" + Burst.SOURCE + '\u0000' + eventId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int single(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}
