package nl.schoolveilig.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Creates the Camunda 7.24 schema with the SQL scripts that ship inside the engine jar, for the
 * database at hand (H2 or PostgreSQL). Flyway owns the schema so that upgrades of the engine are
 * reviewed migrations; the engine itself runs with {@code schema-update: false} and only checks.
 * See docs/database-schema.md.
 */
@Component
class V1__CamundaEngineSchema extends BaseJavaMigration {

    /** The order in which the engine creates its own tables. */
    private static final List<String> PARTS = List.of(
            "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String database = databaseType(connection.getMetaData().getDatabaseProductName());
        for (String part : PARTS) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(
                    "org/camunda/bpm/engine/db/create/activiti.%s.create.%s.sql".formatted(database, part)));
        }
    }

    private static String databaseType(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return "h2";
        }
        if (name.contains("postgres")) {
            return "postgres";
        }
        throw new IllegalStateException("No Camunda schema scripts chosen for database " + productName);
    }
}
