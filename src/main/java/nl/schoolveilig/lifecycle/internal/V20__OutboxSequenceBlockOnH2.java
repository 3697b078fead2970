package nl.schoolveilig.lifecycle.internal;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * On the embedded H2 database, outbox sequence numbers come in blocks of a thousand instead of 32, for
 * the reason given in {@code incident.V19__SequenceBlocksOnH2}. The relay orders by this number; a block
 * skipped after a crash leaves a gap, never a number out of order.
 */
@Component
class V20__OutboxSequenceBlockOnH2 extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!context.getConnection().getMetaData().getDatabaseProductName().equals("H2")) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("alter table outbox_event alter column seq set cache 1000");
        }
    }
}
