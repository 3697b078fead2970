package nl.schoolveilig.bench;

import java.time.Duration;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;

import static org.awaitility.Awaitility.await;

/**
 * The baseline of P2: the bare engine, in this JVM, on the same kind of database as the application's
 * (on H2 a file with its durability) and its history level, starting a minimal process (start, asynchronous continuation, user task) from one
 * thread while its job executor creates the tasks: what the engine costs before any of our work.
 */
final class BareEngine {

    private BareEngine() {
    }

    /** Starts {@code warmup} instances and waits for their tasks, then {@code count} more: their user tasks created per second. */
    static double run(int warmup, int count, BenchDatabase database) throws InterruptedException {
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
            startAndAwaitTasks(engine, 0, warmup);
            long start = System.nanoTime();
            startAndAwaitTasks(engine, warmup, count);
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            engine.close();
        }
    }

    private static void startAndAwaitTasks(ProcessEngine engine, int before, int count) {
        for (int i = 0; i < count; i++) {
            engine.getRuntimeService().startProcessInstanceByKey("bare", "bare-" + (before + i));
        }
        await().atMost(Duration.ofMinutes(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> engine.getTaskService().createTaskQuery().count() >= before + count);
    }
}
