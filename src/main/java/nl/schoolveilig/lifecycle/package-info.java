/**
 * The case's lifecycle as events for other systems: opened, triaged, task assigned, deadline missed,
 * closed. Written to an outbox in the transaction that causes them and relayed to Kafka as
 * CloudEvents, in order per case.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lifecycle")
package nl.schoolveilig.lifecycle;
