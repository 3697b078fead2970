package nl.schoolveilig.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.workflow.CaseTasks;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A recorded case always gets its workflow, once: also when the node that queued its start died. */
@SharedContextTest
class CaseStarterIT {

    @Autowired
    CaseStarter starter;
    @Autowired
    IncidentRepository incidents;
    @Autowired
    PendingStartRepository pending;
    @Autowired
    ReferenceGenerator references;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    RuntimeService runtime;
    @Autowired
    CaseTasks tasks;

    @Test
    void aCaseWhoseNodeDiedBeforeStartingItIsStartedByTheSweepOfAnotherNode() {
        Incident incident = recordedByADeadNode();

        starter.sweep();

        await().atMost(Duration.ofSeconds(60)).until(() -> !tasks.openTasks(incident.reference()).isEmpty());
        assertThat(pending.existsById(incident.id())).as("the queued start is gone").isFalse();
        assertThat(processesOf(incident)).isEqualTo(1);
    }

    @Test
    void twoNodesTakingTheSameQueuedStartStartTheCaseOnce() {
        Incident incident = recordedByADeadNode();

        List<CompletableFuture<Void>> takers = List.of(takeInItsOwnTransaction(incident), takeInItsOwnTransaction(incident),
                takeInItsOwnTransaction(incident));
        CompletableFuture.allOf(takers.toArray(CompletableFuture[]::new)).join();
        starter.sweep();

        await().atMost(Duration.ofSeconds(60)).until(() -> !tasks.openTasks(incident.reference()).isEmpty());
        assertThat(processesOf(incident)).isEqualTo(1);
    }

    private CompletableFuture<Void> takeInItsOwnTransaction(Incident incident) {
        return CompletableFuture.runAsync(() -> transaction.executeWithoutResult(
                status -> starter.startIfQueued(incident.id())));
    }

    private long processesOf(Incident incident) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(incident.reference())
                .processDefinitionKey("incident-handling").count();
    }

    /** A case recorded with its start queued, by a node that is no longer there to start it. */
    private Incident recordedByADeadNode() {
        return transaction.execute(status -> {
            IncidentReport report = new IncidentReport("zonnewijzer", Category.CYBERBULLYING,
                    "Filmpje van een leerling in de klassenapp", OffsetDateTime.now().minusDays(1), Platform.WHATSAPP,
                    null, new IncidentReport.Involved(PersonRole.PUPIL, null),
                    new IncidentReport.Victim(VictimRole.PUPIL, null), Set.of(),
                    new IncidentReport.Reporter(PersonRole.PARENT, null, null, true));
            Incident saved = incidents.save(new Incident(references.next(), "noorderkim", report, Channel.API,
                    Instant.now().minusSeconds(3600)));
            pending.save(new PendingStart(saved.id(), "dead-node/" + UUID.randomUUID(), Instant.now().minusSeconds(3600)));
            return saved;
        });
    }
}
