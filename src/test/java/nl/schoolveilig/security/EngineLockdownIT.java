package nl.schoolveilig.security;

import nl.schoolveilig.support.SharedContextTest;

/** {@link EngineLockdownContract} on the embedded default (H2, the shared context). */
@SharedContextTest
class EngineLockdownIT extends EngineLockdownContract {
}
