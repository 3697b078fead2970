/**
 * The case workflow: the BPMN process and DMN policy in {@code bpmn/}, the delegates they call,
 * and the engine's schema. Other features start a case and read its tasks through
 * {@link nl.schoolveilig.workflow.IncidentWorkflow}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package nl.schoolveilig.workflow;
