package nl.schoolveilig.bench;


import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * The baseline of P2: the bare engine, in this JVM, on the same kind of database as the application's
 * (on H2 a file with its durability) and its history level, starting a minimal process (start, asynchronous continuation, user task) from one
 * thread while its job executor creates the tasks: what the engine costs before any of our work.
 */
final class BareEngine {

    private BareEngine() {
    }

    /** Starts {@code count} instances and returns the user tasks created per second. */
    static double run(int count, BenchDatabase database) throws InterruptedException {
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(database.bareEngine().url())
                .setJdbcUsername(database.bareEngine().user()).setJdbcPassword(database.bareEngine().password())
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(true)
                .setProcessEngineName("bare-" + System.nanoTime())
                .buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().addModelInstance("bare.bpmn",
                    Bpmn.createExecutableProcess("bare").camundaHistoryTimeToLive(1)
                            .startEvent().camundaAsyncAfter()
                            .userTask("Work").camundaCandidateGroups("someone")
                            .endEvent().done()).deploy();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                engine.getRuntimeService().startProcessInstanceByKey("bare", "bare-" + i);
            }
            while (engine.getTaskService().createTaskQuery().count() < count) {
                Thread.sleep(100);
            }
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            engine.close();
        }
    }
}
