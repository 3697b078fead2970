package nl.schoolveilig.workflow.internal;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * For the tests of a process that calls others: each called process stands in as one user task
 * ({@code <process>-stub}), so a test decides when the track is done. Deployed after the process under
 * test, as the latest version of each key, and removed again after each test.
 */
final class CalledProcessStubs {

    private final ProcessEngine engine;
    private final List<String> deployments = new ArrayList<>();

    CalledProcessStubs(ProcessEngine engine) {
        this.engine = engine;
    }

    CalledProcessStubs deploy(String... processKeys) {
        var deployment = engine.getRepositoryService().createDeployment().name("called-process-stubs");
        for (String key : processKeys) {
            deployment.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                    .startEvent(key + "-stub-start").userTask(key + "-stub").name("Stand-in for " + key)
                    .endEvent(key + "-stub-end").done());
        }
        deployments.add(deployment.deploy().getId());
        return this;
    }

    void remove() {
        deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
        deployments.clear();
    }

    /** Runs every job that is due now (save points, not timers in the future), until none is left. */
    static void runDueJobs(ProcessEngine engine) {
        for (int round = 0; round < 50; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new IllegalStateException("Jobs keep coming: a loop in the process?");
    }
}
