/**
 * People's work: the tasks of the cases, their forms (Camunda Forms in {@code bpmn/forms/}, the
 * same definition for Tasklist and for our own API and pages) and the checks on what is submitted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
package nl.schoolveilig.tasks;
