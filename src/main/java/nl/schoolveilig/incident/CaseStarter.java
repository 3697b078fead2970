package nl.schoolveilig.incident;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import nl.schoolveilig.web.MarkdownText;
import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.School;
import nl.schoolveilig.workflow.CaseStart;
import nl.schoolveilig.workflow.IncidentWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the workflow of recorded cases outside the transaction that recorded them. Intake only queues
 * the start (a {@code case_start} row, in its own transaction), so taking in a report does not wait for
 * the engine; right after that commit this node starts its queued cases, a hundred per transaction,
 * each row deleted in the transaction that starts its process. Rows a node left behind (killed, or the
 * database away for a while) are swept up by any node: those queued before it started, or longer ago
 * than {@code schoolveilig.case-start.orphan-after}.
 */
@Component
class CaseStarter {

    private static final Logger log = LoggerFactory.getLogger(CaseStarter.class);
    private static final int BATCH = 100;
    private static final int GIVE_UP_AFTER_FAILURES_IN_A_ROW = 3;
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final PendingStartRepository pending;
    private final IncidentRepository incidents;
    private final IncidentWorkflow workflow;
    private final Directory directory;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration orphanAfter;
    private final String node;
    private final Instant startedAt;
    private final AtomicBoolean drainRequested = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "case-starter");
        thread.setDaemon(true);
        return thread;
    });

    CaseStarter(PendingStartRepository pending, IncidentRepository incidents, IncidentWorkflow workflow,
            Directory directory, MessageSource messages, TransactionTemplate transaction, Clock clock,
            @Value("${schoolveilig.case-start.orphan-after:30s}") Duration orphanAfter,
            @Value("${schoolveilig.node-id:}") String nodeId) {
        this.pending = pending;
        this.incidents = incidents;
        this.workflow = workflow;
        this.directory = directory;
        this.messages = messages;
        this.transaction = transaction;
        this.clock = clock;
        this.orphanAfter = orphanAfter;
        this.node = nodeId.isBlank() ? defaultNodeId() : nodeId;
        this.startedAt = clock.instant();
    }

    /** Queues the start of a case's workflow in the transaction that records the case. */
    @Transactional(propagation = Propagation.MANDATORY)
    void queue(Incident incident) {
        pending.save(new PendingStart(incident.id(), node, clock.instant()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                requestDrain();
            }
        });
    }

    /** Starts the case's workflow now, in the caller's transaction, unless it was started already. */
    @Transactional(propagation = Propagation.MANDATORY)
    void startIfQueued(UUID incidentId) {
        if (pending.claim(incidentId) == 1) {
            workflow.start(caseStart(incidents.findById(incidentId).orElseThrow()));
        }
    }

    @Scheduled(fixedDelayString = "${schoolveilig.case-start.sweep-interval:10s}")
    void sweep() {
        Instant cutoff = later(startedAt, clock.instant().minus(orphanAfter));
        submit(() -> {
            drain(limit -> pending.findByNodeOrderByQueuedAt(node, limit));
            drain(limit -> pending.findByQueuedAtBeforeOrderByQueuedAt(cutoff, limit));
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("Case starts still running at shutdown; their rows stay queued for the next start");
            worker.shutdownNow();
        }
    }

    private void requestDrain() {
        if (drainRequested.compareAndSet(false, true)) {
            submit(() -> {
                drainRequested.set(false);
                drain(limit -> pending.findByNodeOrderByQueuedAt(node, limit));
            });
        }
    }

    private void submit(Runnable work) {
        try {
            worker.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.warn("Queued case starts could not be read; trying again on the next sweep: {}", e.toString());
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            log.debug("Not draining queued case starts: shutting down");
        }
    }

    /** Starts queued cases batch by batch until none is left or one of them fails. */
    private void drain(Function<Limit, List<PendingStart>> source) {
        List<UUID> batch;
        do {
            batch = source.apply(Limit.of(BATCH)).stream().map(PendingStart::incidentId).toList();
            if (batch.isEmpty() || !startAll(batch)) {
                return;
            }
        } while (batch.size() == BATCH);
    }

    /** @return whether every case of the batch was started (or had been started by another node) */
    private boolean startAll(List<UUID> batch) {
        try {
            transaction.executeWithoutResult(status -> startInThisTransaction(batch));
            return true;
        } catch (RuntimeException batchFailed) {
            log.warn("Starting {} queued cases together failed ({}); starting them one by one", batch.size(),
                    batchFailed.toString());
        }
        boolean all = true;
        int failedInARow = 0;
        for (UUID incidentId : batch) {
            try {
                transaction.executeWithoutResult(status -> startInThisTransaction(List.of(incidentId)));
                failedInARow = 0;
            } catch (RuntimeException e) {
                all = false;
                log.error("The workflow of case {} could not be started; it stays queued and is tried again on the"
                        + " next sweep", incidentId, e);
                // Several failing in a row is the database, not the cases: leave the rest to the next sweep
                // instead of waiting for a connection once per case.
                if (++failedInARow == GIVE_UP_AFTER_FAILURES_IN_A_ROW) {
                    return false;
                }
            }
        }
        return all;
    }

    private void startInThisTransaction(List<UUID> incidentIds) {
        Map<UUID, Incident> cases = incidents.findAllById(incidentIds).stream()
                .collect(Collectors.toMap(Incident::id, Function.identity()));
        for (UUID incidentId : incidentIds) {
            if (pending.claim(incidentId) == 1) {
                Incident incident = cases.get(incidentId);
                if (incident == null) {
                    throw new IllegalStateException("A start is queued for case " + incidentId + ", which does not exist");
                }
                workflow.start(caseStart(incident));
            }
        }
    }

    private CaseStart caseStart(Incident incident) {
        IncidentReport report = incident.report();
        String schoolName = directory.school(incident.schoolId()).map(School::name).orElse(incident.schoolId());
        return new CaseStart(incident.id(), incident.reference(), incident.boardId(), incident.schoolId(),
                report.category().name(), report.offender().role().name(), report.victim().role().name(),
                Fact.asVariables(report.facts()), incident.reportedAt(),
                String.join(" · ", incident.reference(), schoolName,
                        messages.getMessage("category." + report.category(), null, DUTCH),
                        MarkdownText.escaped(CaseList.summary(report.description()))));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String defaultNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
