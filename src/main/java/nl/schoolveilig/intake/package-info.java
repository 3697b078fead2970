/**
 * Reports in: the public form, the REST API and the Kafka topic. Every channel reads a report into
 * the same {@link nl.schoolveilig.intake.ReportSubmission}, validates it the same way and
 * de-duplicates it by its submission key before the case is opened.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package nl.schoolveilig.intake;
