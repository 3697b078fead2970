package nl.schoolveilig.audit;

import nl.schoolveilig.support.SharedContextTest;

/** {@link AuditTrailContract} on the embedded default (H2, the shared context). */
@SharedContextTest
class AuditTrailIT extends AuditTrailContract {
}
