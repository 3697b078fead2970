package nl.schoolveilig.intake.internal;

import java.time.Clock;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolveilig.incident.Channel;
import nl.schoolveilig.incident.IncidentReport;
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

    IntakeService(IncidentService incidents, IntakeReceiptRepository receipts, TransactionTemplate transaction,
            ObjectMapper objectMapper, Clock clock) {
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
        String payloadHash = payloadHash(report);
        if (key != null) {
            Optional<IntakeResult> earlier = earlier(key, payloadHash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        try {
            return transaction.execute(status -> {
                OpenedIncident opened = incidents.open(report, channel);
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

    private Optional<IntakeResult> earlier(SubmissionKey key, String payloadHash) {
        return receipts.findById(key.hash()).map(receipt -> {
            if (key.channel() == Channel.API && !receipt.payloadHash().equals(payloadHash)) {
                throw new IdempotencyKeyReusedException();
            }
            OpenedIncident incident = incidents.find(receipt.incidentId()).orElseThrow();
            return new IntakeResult(incident, false);
        });
    }

    private String payloadHash(IncidentReport report) {
        try {
            return SubmissionKey.sha256(objectMapper.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
