/**
 * Kafka plumbing shared by the features: topic names, the in-process broker of the embedded
 * default, and the dead-letter handling of events that cannot be accepted. No feature lives here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package nl.schoolveilig.events;
