package nl.schoolveilig.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.schoolveilig.processes.CaseCounts;

/**
 * How long each report took from its sending to its triage task, read from the stopped application's
 * database: the intake inbox maps an event to its case, the engine's history holds when the task was
 * created. Sender and application run on one machine, so their clocks are the same.
 */
record Latencies(List<Long> millis) {

    static Latencies of(BenchDatabase.Jdbc database, Map<String, Long> sentAt) throws SQLException {
        Map<String, Long> sentByKey = new HashMap<>();
        sentAt.forEach((id, at) -> sentByKey.put(CaseCounts.keyOf(id), at));
        List<Long> millis = new ArrayList<>();
        try (Connection db = database.connect();
                PreparedStatement query = db.prepareStatement("""
                        select r.key_hash, min(t.start_time_) from intake_receipt r
                          join incident i on i.id = r.incident_id
                          join act_hi_procinst p on p.business_key_ = i.reference
                          join act_hi_taskinst t on t.proc_inst_id_ = p.id_ and t.task_def_key_ = 'TriageIncident'
                        where r.channel = 'EVENT'
                        group by r.key_hash""");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Long sent = sentByKey.get(rows.getString(1));
                if (sent != null) {
                    millis.add(rows.getTimestamp(2).getTime() - sent);
                }
            }
        }
        if (millis.size() != sentAt.size()) {
            throw new IllegalStateException(sentAt.size() + " paced reports, but " + millis.size() + " triage tasks found");
        }
        Collections.sort(millis);
        return new Latencies(List.copyOf(millis));
    }

    long percentile(double p) {
        int index = (int) Math.ceil(p / 100.0 * millis.size()) - 1;
        return millis.get(Math.max(0, Math.min(index, millis.size() - 1)));
    }
}
