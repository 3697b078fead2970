/**
 * The case: a report recorded with its human reference and, in the same transaction, the queued start
 * of its workflow ({@link nl.schoolveilig.incident.CaseStarter} starts it right after the commit); and
 * the case as people and systems read it back.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incident")
package nl.schoolveilig.incident;
