package nl.schoolveilig.security;

import nl.schoolveilig.support.PostgresTest;
import org.junit.jupiter.api.Nested;

/** The engine lockdown and the access matrix on PostgreSQL ({@link PostgresTest}), in one application. */
@PostgresTest
class PostgresSecurityIT {

    @Nested
    class EngineLockdown extends EngineLockdownContract {
    }

    @Nested
    class AccessMatrix extends AccessMatrixContract {
    }
}
