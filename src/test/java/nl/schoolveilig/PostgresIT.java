package nl.schoolveilig;

import nl.schoolveilig.audit.AuditTrailContract;
import nl.schoolveilig.intake.ChannelsContract;
import nl.schoolveilig.security.AccessMatrixContract;
import nl.schoolveilig.security.EngineLockdownContract;
import nl.schoolveilig.support.PostgresTest;
import org.junit.jupiter.api.Nested;

/**
 * The contracts that must hold on every database, on PostgreSQL ({@link PostgresTest}): the channels,
 * the engine lockdown, the access matrix and the audit trail, in one application (one JVM, one start).
 */
@PostgresTest
class PostgresIT {

    @Nested
    class Channels extends ChannelsContract {
    }

    @Nested
    class EngineLockdown extends EngineLockdownContract {
    }

    @Nested
    class AccessMatrix extends AccessMatrixContract {
    }

    @Nested
    class AuditTrail extends AuditTrailContract {
    }
}
