/**
 * The audit trail of every case: an append-only, hash-chained record of what happened, written in the
 * transaction of what it records, from the case's own events (docs/audit.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package nl.schoolveilig.audit;
