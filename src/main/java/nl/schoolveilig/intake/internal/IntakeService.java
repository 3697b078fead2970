package nl.schoolveilig.intake.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolveilig.incident.Channel;
import nl.schoolveilig.incident.IncidentReport;
import nl.schoolveilig.incident.EvidenceFiles;
import nl.schoolveilig.incident.IncidentService;
import nl.schoolveilig.incident.OpenedIncident;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts validated reports: a submission key seen before answers with the case it became; a new
 * one opens a case and records the key in the same transaction. Two copies racing each other meet
 * at the key's primary key: the loser rolls back and answers with the winner's case.
 */
@Service
class IntakeService {

    private final IncidentService incidents;
    private final IntakeReceiptRepository receipts;
    private final TransactionTemplate transaction;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final IntakeMetrics metrics;

    private final EvidenceFiles evidenceFiles;

    IntakeService(IncidentService incidents, IntakeReceiptRepository receipts, TransactionTemplate transaction,
            ObjectMapper objectMapper, Clock clock, IntakeMetrics metrics, EvidenceFiles evidenceFiles) {
        this.evidenceFiles = evidenceFiles;
        this.metrics = metrics;
        this.incidents = incidents;
        this.receipts = receipts;
        this.transaction = transaction;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /**
     * @param key {@code null} when the sender gave no key: then every submission is a new report
     */
    IntakeResult accept(IncidentReport report, Channel channel, SubmissionKey key) {
        return accept(report, channel, key, List.of(), null);
    }

    /**
     * A report with its files, kept with the new case in the same transaction: both or neither. A sending seen
     * before (same key) is the earlier case; its files came with the first.
     *
     * @param files checked with {@link EvidenceFiles#check} already
     */
    IntakeResult accept(IncidentReport report, Channel channel, SubmissionKey key, List<EvidenceFiles.Upload> files,
            String source) {
        IntakeResult result = acceptOne(report, channel, key, files, source);
        metrics.accepted(channel, result);
        return result;
    }

    private IntakeResult acceptOne(IncidentReport report, Channel channel, SubmissionKey key,
            List<EvidenceFiles.Upload> files, String source) {
        String payloadHash = files.isEmpty() ? payloadHash(report) : payloadHash(report, files);
        if (key != null) {
            Optional<IntakeResult> earlier = earlier(key, payloadHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            return transaction.execute(status -> {
                OpenedIncident opened = incidents.open(report, channel);
                if (!files.isEmpty()) {
                    evidenceFiles.attach(opened.id(), files, source);
                }
                if (key != null) {
                    receipts.saveAndFlush(new IntakeReceipt(key, payloadHash, opened.id(), clock.instant()));
                }
                return new IntakeResult(opened, true);
            });
        } catch (DataIntegrityViolationException e) {
            if (key != null) {
                Optional<IntakeResult> winner = earlier(key, payloadHash);
                if (winner.isPresent()) {
                    return winner.get();
                }
            }
            throw e;
        }
    }

    /** A validated report with the key it came with. */
    record Submission(IncidentReport report, Channel channel, SubmissionKey key) {
    }

    /**
     * Accepts a batch of keyed reports in one transaction: one commit (one write of the database file)
     * for the whole batch instead of one per report, and the inbox looked up in one query. A copy of a
     * report earlier in the same batch counts as a duplicate of it. When the transaction fails (a copy
     * racing on another node, a fault of the database) nothing of it stays, and the caller takes the
     * reports one by one.
     *
     * @return the results in the order of the submissions
     */
    List<IntakeResult> acceptAll(List<Submission> submissions) {
        List<IntakeResult> results = transaction.execute(status -> acceptAllInThisTransaction(submissions));
        for (int i = 0; i < results.size(); i++) {
            metrics.accepted(submissions.get(i).channel(), results.get(i));
        }
        return results;
    }

    private List<IntakeResult> acceptAllInThisTransaction(List<Submission> submissions) {
        Map<String, String> payloads = new HashMap<>();
        submissions.forEach(s -> payloads.put(s.key().hash(), payloadHash(s.report())));
        Map<String, IntakeReceipt> known = new HashMap<>();
        receipts.findAllById(payloads.keySet()).forEach(r -> known.put(r.getId(), r));
        Map<String, OpenedIncident> openedNow = new HashMap<>();
        Map<java.util.UUID, OpenedIncident> earlierCases = new HashMap<>();
        List<IntakeReceipt> newReceipts = new ArrayList<>();
        List<IntakeResult> results = new ArrayList<>(submissions.size());
        for (Submission submission : submissions) {
            String hash = submission.key().hash();
            IntakeReceipt earlier = known.get(hash);
            if (earlier != null) {
                results.add(new IntakeResult(earlierCases.computeIfAbsent(earlier.incidentId(),
                        id -> incidents.find(id).orElseThrow()), false));
            } else if (openedNow.containsKey(hash)) {
                results.add(new IntakeResult(openedNow.get(hash), false));
            } else {
                OpenedIncident opened = incidents.open(submission.report(), submission.channel());
                openedNow.put(hash, opened);
                newReceipts.add(new IntakeReceipt(submission.key(), payloads.get(hash), opened.id(), clock.instant()));
                results.add(new IntakeResult(opened, true));
            }
        }
        receipts.saveAllAndFlush(newReceipts);
        return results;
    }

    private Optional<IntakeResult> earlier(SubmissionKey key, String payloadHash) {
        return receipts.findById(key.hash()).map(receipt -> {
            if (key.channel() == Channel.API && !receipt.payloadHash().equals(payloadHash)) {
                throw new IdempotencyKeyReusedException();
            }
            OpenedIncident incident = incidents.find(receipt.incidentId()).orElseThrow();
            return new IntakeResult(incident, false);
        });
    }

    /** With files: the same key sent again with other files is another sending, not a repeat. */
    private String payloadHash(IncidentReport report, List<EvidenceFiles.Upload> files) {
        StringBuilder content = new StringBuilder(payloadHash(report));
        files.forEach(file -> content.append('|').append(SubmissionKey.sha256(
                java.util.Base64.getEncoder().encodeToString(file.content()))));
        return SubmissionKey.sha256(content.toString());
    }

    private String payloadHash(IncidentReport report) {
        try {
            return SubmissionKey.sha256(objectMapper.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
