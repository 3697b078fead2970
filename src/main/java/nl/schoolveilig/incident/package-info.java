/**
 * The case: a report recorded with its human reference, in the same transaction that starts its
 * workflow, and the case as people and systems read it back.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incident")
package nl.schoolveilig.incident;
