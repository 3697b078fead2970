package nl.schoolveilig.incident;

import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** V13 moves the ticked facts of every recorded case from their columns into incident_fact, losing none. */
class FactsMigrationTest {

    @Test
    void theFactsOfCasesRecordedBeforeAreKeptAsRowsOfTheirOwn() throws Exception {
        DriverManagerDataSource database = new DriverManagerDataSource(
                "jdbc:h2:mem:facts-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate sql = new JdbcTemplate(database);
        migrate(database, "12");
        sql.update("insert into board (id, name, policy_name) values ('b', 'Bestuur', 'Beleid')");
        sql.update("insert into community (id, board_id, name) values ('c', 'b', 'Gemeenschap')");
        sql.update("insert into school (id, board_id, community_id, name, brin) values ('s', 'b', 'c', 'School', '99XX')");
        UUID threatened = UUID.randomUUID();
        UUID quiet = UUID.randomUUID();
        insertCase(sql, threatened, "INC-2026-000001", true, true);
        insertCase(sql, quiet, "INC-2026-000002", false, false);

        migrate(database, "13");

        assertThat(sql.queryForList("select fact from incident_fact where incident_id = ? order by fact", String.class, threatened))
                .containsExactly("ACCOUNT_HACKED", "CONTENT_ONLINE", "THREAT_OF_VIOLENCE");
        assertThat(sql.queryForObject("select count(*) from incident_fact where incident_id = ?", Integer.class, quiet)).isZero();
        assertThat(sql.queryForObject("select count(*) from information_schema.columns where lower(table_name) = 'incident'"
                + " and lower(column_name) = 'threat_of_violence'", Integer.class)).as("the column is gone").isZero();
    }

    private static void insertCase(JdbcTemplate sql, UUID id, String reference, boolean facts, boolean hacked) {
        sql.update("insert into incident (id, reference, board_id, school_id, category, description, reported_at,"
                + " threat_of_violence, sexual_images_of_minors, personal_data_exposed, media_attention, in_school_context,"
                + " content_online, account_hacked, reporter_anonymous, channel, status)"
                + " values (?, ?, 'b', 's', 'THREAT', 'Dreigement', current_timestamp, ?, false, false, false, false, ?, ?,"
                + " true, 'API', 'OPEN')", id, reference, facts, facts, hacked);
    }

    private static void migrate(DriverManagerDataSource database, String target) throws Exception {
        var engineSchema = Class.forName("nl.schoolveilig.workflow.V1__CamundaEngineSchema").getDeclaredConstructor();
        engineSchema.setAccessible(true);
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(target)
                .javaMigrations(List.of((JavaMigration) engineSchema.newInstance()).toArray(JavaMigration[]::new))
                .load().migrate();
    }
}
