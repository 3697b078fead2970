package nl.schoolveilig.support;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A case runs as its main process and the processes it calls (the triage, each track), all under the
 * case's reference as business key: what the tests look up across them.
 */
public final class CaseProcesses {

    private CaseProcesses() {
    }

    /** Every running process instance of the case. */
    public static List<String> of(RuntimeService runtime, String reference) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
                .map(ProcessInstance::getId).toList();
    }

    /** The case's main process instance (incident-handling). */
    public static String main(RuntimeService runtime, String reference) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey("incident-handling").singleResult().getId();
    }

    /** The job waiting at this activity in any process of the case, or null. */
    public static Job job(RuntimeService runtime, ManagementService management, String reference, String activityId) {
        return of(runtime, reference).stream()
                .map(id -> management.createJobQuery().processInstanceId(id).activityId(activityId).singleResult())
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The timers of every process of the case. */
    public static List<Job> timers(RuntimeService runtime, ManagementService management, String reference) {
        return of(runtime, reference).stream()
                .flatMap(id -> management.createJobQuery().processInstanceId(id).timers().list().stream()).toList();
    }

    /** A variable of whichever process of the case holds it (a called process holds its own until it ends). */
    public static Object variable(RuntimeService runtime, String reference, String name) {
        return of(runtime, reference).stream().map(id -> runtime.getVariable(id, name)).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }
}
