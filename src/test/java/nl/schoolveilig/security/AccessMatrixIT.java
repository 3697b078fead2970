package nl.schoolveilig.security;

import nl.schoolveilig.support.SharedContextTest;

/** {@link AccessMatrixContract} on the embedded default (H2, the shared context). */
@SharedContextTest
class AccessMatrixIT extends AccessMatrixContract {
}
