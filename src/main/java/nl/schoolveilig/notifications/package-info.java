/**
 * E-mail: who hears about what (task created or overdue, report received, case closed), written to a
 * mail outbox in the transaction that causes it and sent by the mail relay. Mails name the case and
 * the task and link to it; they never carry the report's details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package nl.schoolveilig.notifications;
