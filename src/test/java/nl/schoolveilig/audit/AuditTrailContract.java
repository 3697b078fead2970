package nl.schoolveilig.audit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.TaskApi;
import nl.schoolveilig.workflow.CaseTasks;
import nl.schoolveilig.workflow.OpenTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A case's trail is written as the case goes, and {@code verify} finds an entry changed, deleted or
 * inserted directly in the database. Runs on the embedded default and on PostgreSQL, where the
 * database itself refuses to change or delete an entry.
 */
public abstract class AuditTrailContract {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks tasks;
    @Autowired
    JdbcTemplate sql;

    /** A case reported and triaged by the school leader: reported, triage task, step, triaged, tracks. */
    private String triagedCase() {
        String reference = ReportApi.report(http, Reports.cyberbullying("zonnewijzer"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !tasks.openTasks(reference).isEmpty());
        String triage = tasks.openTasks(reference).get(0).id();
        assertThat(TaskApi.complete(http, "ijansen", triage, Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(60)).until(() -> tasks.openTasks(reference).stream().map(OpenTask::taskKey)
                .anyMatch(key -> !key.equals("TriageIncident")));
        return reference;
    }

    private JsonNode verify(String reference) {
        return http.withBasicAuth("ijansen", "demo").getForObject("/api/audit/cases/" + reference + "/verify", JsonNode.class);
    }

    private List<String> kinds(String reference) {
        return sql.queryForList("select kind from audit_entry where reference = ? order by seq", String.class, reference);
    }

    @Test
    void aCaseKeepsAnIntactTrailOfWhatHappenedWithoutTheReportersIdentity() {
        String reference = triagedCase();

        JsonNode verification = verify(reference);

        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("entries").asInt()).isEqualTo(kinds(reference).size());
        assertThat(kinds(reference)).startsWith("REPORTED").contains("TASK_ASSIGNED", "STEP_COMPLETED", "TRIAGED",
                "MESSAGE_SENT", "TRACK_STARTED");
        assertThat(sql.queryForList("select data from audit_entry where reference = ?", String.class, reference))
                .noneMatch(data -> data.contains("ouder@example.org") || data.contains("Reporter Name"));
    }

    @Test
    void aChangedEntryIsFound() {
        String reference = triagedCase();

        tamper(() -> sql.update("update audit_entry set data = replace(data, 'zonnewijzer', 'regenboog') where reference = ? and seq = 1",
                reference));

        assertThat(verify(reference).get("intact").asBoolean()).isFalse();
        assertThat(verify(reference).get("firstBroken").asLong()).isEqualTo(1);
        assertThat(verify(reference).get("problem").asText()).isEqualTo("changed");
    }

    @Test
    void aDeletedEntryIsFoundInTheMiddleAndAtTheEnd() {
        String middle = triagedCase();
        String end = triagedCase();
        long last = sql.queryForObject("select max(seq) from audit_entry where reference = ?", Long.class, end);

        tamper(() -> sql.update("delete from audit_entry where reference = ? and seq = 2", middle));
        tamper(() -> sql.update("delete from audit_entry where reference = ? and seq = ?", end, last));

        assertThat(verify(middle).get("problem").asText()).isEqualTo("deleted");
        assertThat(verify(middle).get("firstBroken").asLong()).isEqualTo(2);
        assertThat(verify(end).get("problem").asText()).isEqualTo("deleted");
        assertThat(verify(end).get("firstBroken").asLong()).isEqualTo(last);
    }

    @Test
    void anInsertedEntryIsFound() {
        String reference = triagedCase();
        long next = sql.queryForObject("select max(seq) from audit_entry where reference = ?", Long.class, reference) + 1;

        tamper(() -> sql.update("insert into audit_entry (reference, seq, recorded_at, kind, actor, data, prev_hash, hash)"
                + " values (?, ?, current_timestamp, 'CLOSED', null, '{}', ?, ?)", reference, next, "1".repeat(64), "2".repeat(64)));

        assertThat(verify(reference).get("problem").asText()).isEqualTo("inserted");
        assertThat(verify(reference).get("firstBroken").asLong()).isEqualTo(next);
    }

    @Test
    void aCaseOfAnotherBoardHasNoTrailToVerifyForTheLeader() {
        String other = ReportApi.report(http, Reports.cyberbullying("vlinderbos"));

        assertThat(http.withBasicAuth("ijansen", "demo").getForEntity("/api/audit/cases/" + other + "/verify", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onPostgresqlTheDatabaseRefusesToChangeOrDeleteAnEntry() {
        if (!onPostgres()) {
            return;
        }
        String reference = ReportApi.report(http, Reports.cyberbullying("zonnewijzer"));

        assertThatThrownBy(() -> sql.update("update audit_entry set kind = 'X' where reference = ?", reference))
                .hasMessageContaining("append only");
        assertThatThrownBy(() -> sql.update("delete from audit_entry where reference = ?", reference))
                .hasMessageContaining("append only");
    }

    /** Changes the table behind the application's back; on PostgreSQL with the append-only trigger off. */
    private void tamper(Runnable change) {
        if (onPostgres()) {
            sql.execute("alter table audit_entry disable trigger audit_entry_append_only");
        }
        try {
            change.run();
        } finally {
            if (onPostgres()) {
                sql.execute("alter table audit_entry enable trigger audit_entry_append_only");
            }
        }
    }

    private boolean onPostgres() {
        return Boolean.TRUE.equals(sql.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
    }
}
