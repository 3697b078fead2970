package nl.schoolveilig.audit.internal;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL a trigger refuses every update and delete of an audit entry, whoever sends it; the
 * application has no such statement anyway. (On the embedded H2 database the application's own code is
 * the only writer.)
 */
@Component
class V15__AuditAppendOnly extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!context.getConnection().getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("""
                    create function audit_entry_append_only() returns trigger language plpgsql as $$
                    begin
                        raise exception 'audit entries are append only (% refused)', tg_op;
                    end $$""");
            sql.execute("""
                    create trigger audit_entry_append_only before update or delete on audit_entry
                    for each row execute function audit_entry_append_only()""");
        }
    }
}
