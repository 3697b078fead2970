package nl.schoolveilig.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolveilig.incident.Retention;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.support.TaskApi;
import nl.schoolveilig.workflow.CaseTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the clock moved past the retention period, a closed case loses its personal data everywhere we
 * keep it, keeps its counts and the shape of its timeline, says so on its trail, and the trail still
 * verifies intact. An open case, or one closed within its period, is left alone.
 */
@SharedContextTest
class RetentionIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks tasks;
    @Autowired
    Retention retention;
    @Autowired
    JdbcTemplate sql;

    private String closedCase(String advice) {
        String reference = ReportApi.report(http, Reports.with(Reports.report("zonnewijzer", "OTHER", "EXTERNAL", "NONE"),
                "description", "Ruzie tussen Jan Jansen en zijn buurman"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !tasks.openTasks(reference).isEmpty());
        assertThat(TaskApi.complete(http, "ijansen", tasks.openTasks(reference).get(0).id(), Map.of(
                "schoolInvolvedDecision", false, "schoolInvolvedMotivation", "Buiten school, Jan Jansen is geen leerling.",
                "adviceToReporter", advice)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(60)).until(() -> "CLOSED".equals(
                sql.queryForObject("select status from incident where reference = ?", String.class, reference)));
        return reference;
    }

    @Test
    void pastItsPeriodAClosedCaseLosesItsPersonalDataAndItsTrailStillVerifies() {
        String reference = closedCase("Bel de wijkagent, Jan.");
        String open = ReportApi.report(http, Reports.cyberbullying("zonnewijzer"));
        int entriesBefore = verify(reference).get("entries").asInt();

        List<String> tooEarly = retention.anonymiseDue(Instant.now().plus(Duration.ofDays(365)));
        assertThat(tooEarly).doesNotContain(reference);

        List<String> done = retention.anonymiseDue(Instant.now().plus(Duration.ofDays(3 * 366)));

        assertThat(done).contains(reference).doesNotContain(open);
        Map<String, Object> row = sql.queryForMap("select description, offender_name, victim_name, reporter_name,"
                + " reporter_email, closing_summary, category, school_id, anonymised_at from incident where reference = ?", reference);
        assertThat(row.get("description")).isEqualTo("\u2026");
        assertThat(row.get("offender_name")).isNull();
        assertThat(row.get("victim_name")).isNull();
        assertThat(row.get("reporter_email")).isNull();
        assertThat(row.get("closing_summary")).isEqualTo("\u2026");
        assertThat(row.get("category")).isEqualTo("OTHER");
        assertThat(row.get("anonymised_at")).isNotNull();
        Map<String, Object> fields = new java.util.HashMap<>();
        sql.queryForList("select field_key, field_value from case_step_field f join case_step s on s.id = f.step_id"
                + " join incident i on i.id = s.incident_id where i.reference = ?", reference)
                .forEach(f -> fields.put((String) f.get("field_key"), f.get("field_value")));
        assertThat(fields).containsEntry("adviceToReporter", "\u2026")
                .containsEntry("schoolInvolvedDecision", "false");
        assertThat(sql.queryForObject("select count(*) from audit_personal where reference = ?", Long.class, reference)).isZero();
        assertThat(sql.queryForObject("select count(*) from mail_message where subject like ?", Long.class,
                "%(" + reference + ")%")).isZero();
        assertThat(sql.queryForList("select data from audit_entry where reference = ?", String.class, reference))
                .noneMatch(data -> data.contains("Jan"));

        JsonNode verification = verify(reference);
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("entries").asInt()).isEqualTo(entriesBefore + 1);
        assertThat(sql.queryForObject("select kind from audit_entry where reference = ? order by seq desc fetch first 1 rows only",
                String.class, reference)).isEqualTo("ANONYMISED");
        String page = http.withBasicAuth("ijansen", "demo").getForObject("/zaken/" + reference, String.class);
        assertThat(page).contains("Persoonsgegevens verwijderd").doesNotContain("Jan Jansen").doesNotContain("wijkagent");

        assertThat(retention.anonymiseDue(Instant.now().plus(Duration.ofDays(3 * 366)))).doesNotContain(reference);
    }

    @Test
    void twoRunsAtTheSameMomentAsOnTwoNodesAnonymiseEachCaseOnce() throws Exception {
        List<String> closed = List.of(closedCase("Eerste."), closedCase("Tweede."), closedCase("Derde."));
        Instant later = Instant.now().plus(Duration.ofDays(3 * 366));
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<List<String>> run = () -> {
                together.await();
                return retention.anonymiseDue(later);
            };
            var first = nodes.submit(run);
            var second = nodes.submit(run);
            List<String> both = new java.util.ArrayList<>(first.get());
            both.addAll(second.get());

            for (String reference : closed) {
                assertThat(both).as("runs that anonymised " + reference).containsOnlyOnce(reference);
                assertThat(sql.queryForObject("select count(*) from audit_entry where reference = ? and kind = 'ANONYMISED'",
                        Long.class, reference)).as("ANONYMISED entries of " + reference).isOne();
                assertThat(verify(reference).get("intact").asBoolean()).isTrue();
            }
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void aPersonalValueChangedBesideTheTrailIsFound() {
        String reference = closedCase("Meld het bij het platform.");

        sql.update("update audit_personal set personal_value = 'Iets anders' where reference = ? and personal_value like 'Meld het%'",
                reference);

        JsonNode verification = verify(reference);
        assertThat(verification.get("intact").asBoolean()).isFalse();
        assertThat(verification.get("problem").asText()).isEqualTo("changed");
    }

    private JsonNode verify(String reference) {
        return http.withBasicAuth("ijansen", "demo").getForObject("/api/audit/cases/" + reference + "/verify", JsonNode.class);
    }
}
