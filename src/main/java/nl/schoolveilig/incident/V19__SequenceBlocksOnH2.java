package nl.schoolveilig.incident;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * On the embedded H2 database, case numbers and step ids are handed out from blocks of a thousand
 * instead of 32. H2 writes a sequence's position to the file each time a block runs out, in a commit of
 * its own that waits for every other commit in the database: under load that wait was a quarter of the
 * intake's time (async-profiler, docs/benchmarks.md). A clean shutdown keeps the exact position; after a
 * crash the numbers go on after the block, so a reference number may be skipped, never reused.
 * PostgreSQL's sequences do not write per block, so nothing changes there.
 */
@Component
class V19__SequenceBlocksOnH2 extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!context.getConnection().getMetaData().getDatabaseProductName().equals("H2")) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("alter sequence incident_number_seq cache 1000");
            sql.execute("alter table case_step alter column id set cache 1000");
        }
    }
}
