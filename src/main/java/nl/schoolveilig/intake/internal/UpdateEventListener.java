package nl.schoolveilig.intake.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import nl.schoolveilig.events.RejectedEventException;
import nl.schoolveilig.events.Topics;
import nl.schoolveilig.incident.Channel;
import nl.schoolveilig.incident.IncidentService;
import nl.schoolveilig.incident.IncidentStatus;
import nl.schoolveilig.incident.OpenedIncident;
import nl.schoolveilig.workflow.IncidentWorkflow;
import nl.schoolveilig.workflow.NoRunningCaseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Updates to a running case from other systems, as CloudEvents on {@value Topics#UPDATES}
 * ({@code subject} = the case reference): a press inquiry, evidence added, the report withdrawn.
 * Each is applied once (the same {@code source} + {@code id} again changes nothing), in the
 * transaction that records it; an update for an unknown or ended case goes to the dead-letter topic.
 */
@Component
class UpdateEventListener {

    static final String PRESS_INQUIRY = "nl.schoolveilig.incident.press-inquiry.v1";
    static final String EVIDENCE_ADDED = "nl.schoolveilig.incident.evidence-added.v1";
    static final String WITHDRAWN = "nl.schoolveilig.incident.withdrawn.v1";
    private static final int TEXT_MAX = 2000;

    private static final Logger log = LoggerFactory.getLogger(UpdateEventListener.class);

    private final IncidentService incidents;
    private final IncidentWorkflow workflow;
    private final IntakeReceiptRepository receipts;
    private final TransactionTemplate transaction;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    UpdateEventListener(IncidentService incidents, IncidentWorkflow workflow, IntakeReceiptRepository receipts,
            TransactionTemplate transaction, ObjectMapper objectMapper, Clock clock) {
        this.incidents = incidents;
        this.workflow = workflow;
        this.receipts = receipts;
        this.transaction = transaction;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @KafkaListener(id = "case-updates", topics = Topics.UPDATES)
    void onUpdate(ConsumerRecord<String, byte[]> record) {
        CloudEvent event = CloudEventRecords.read(record);
        if (!Set.of(PRESS_INQUIRY, EVIDENCE_ADDED, WITHDRAWN).contains(event.getType())) {
            throw new RejectedEventException("unknown-type", "Event type '" + event.getType()
                    + "' is not accepted here; expected one of " + PRESS_INQUIRY + ", " + EVIDENCE_ADDED + ", " + WITHDRAWN);
        }
        String reference = event.getSubject();
        OpenedIncident incident = incidents.find(reference == null ? "" : reference)
                .orElseThrow(() -> new RejectedEventException("unknown-reference",
                        "subject: no case with reference '" + reference + "'"));
        JsonNode data = data(event);
        SubmissionKey key = new SubmissionKey(Channel.EVENT,
                "update\u0000" + event.getSource() + '\u0000' + event.getId());
        transaction.executeWithoutResult(status -> {
            if (receipts.existsById(key.hash())) {
                log.info("Update {} from {} for {} was applied before", event.getId(), event.getSource(), reference);
                return;
            }
            apply(event, incident, data);
            receipts.save(new IntakeReceipt(key, SubmissionKey.sha256(data.toString()), incident.id(), clock.instant()));
        });
    }

    private void apply(CloudEvent event, OpenedIncident incident, JsonNode data) {
        if (incident.status() == IncidentStatus.CLOSED) {
            throw caseEnded(event, incident);
        }
        try {
            if (!EVIDENCE_ADDED.equals(event.getType())) {
                incidents.startWorkflowIfQueued(incident.id());
            }
            switch (event.getType()) {
                case PRESS_INQUIRY -> workflow.pressInquiry(incident.reference(), text(data, "details", false));
                case WITHDRAWN -> workflow.withdraw(incident.reference(), text(data, "reason", true));
                default -> incidents.addEvidence(incident.id(), text(data, "description", true), url(data),
                        event.getSource().toString());
            }
        } catch (NoRunningCaseException e) {
            throw caseEnded(event, incident);
        }
    }

    private static RejectedEventException caseEnded(CloudEvent event, OpenedIncident incident) {
        return new RejectedEventException("case-ended", "subject: case " + incident.reference()
                + " is closed or withdrawn; it takes no " + event.getType() + " any more");
    }

    private JsonNode data(CloudEvent event) {
        if (event.getData() == null) {
            return objectMapper.createObjectNode();
        }
        try {
            JsonNode data = objectMapper.readTree(event.getData().toBytes());
            if (!data.isObject()) {
                throw new RejectedEventException("invalid-update", "data: must be a JSON object");
            }
            return data;
        } catch (IOException e) {
            throw new RejectedEventException("invalid-update", "data: not valid JSON: " + e.getMessage());
        }
    }

    private static String text(JsonNode data, String field, boolean required) {
        JsonNode value = data.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            if (required) {
                throw new RejectedEventException("invalid-update", field + ": required, at most " + TEXT_MAX + " characters");
            }
            return null;
        }
        if (!value.isTextual() || value.asText().length() > TEXT_MAX) {
            throw new RejectedEventException("invalid-update", field + ": must be text of at most " + TEXT_MAX + " characters");
        }
        return value.asText().strip();
    }

    private static String url(JsonNode data) {
        String url = text(data, "url", false);
        if (url != null && !new WebAddress.Validator().isValid(url, null)) {
            throw new RejectedEventException("invalid-update", "url: must be an http or https address");
        }
        return url;
    }
}
