package nl.schoolveilig.lifecycle.internal;

import nl.schoolveilig.workflow.RequestReference;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolveilig.events.Topics;
import nl.schoolveilig.incident.CaseOpened;
import nl.schoolveilig.requests.RequestDecided;
import nl.schoolveilig.requests.RequestEnded;
import nl.schoolveilig.requests.RequestSubmitted;
import nl.schoolveilig.requests.RequestType;
import nl.schoolveilig.workflow.CaseClosed;
import nl.schoolveilig.workflow.CaseTriaged;
import nl.schoolveilig.workflow.DeadlineMissed;
import nl.schoolveilig.workflow.TaskAssigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the lifecycle events of a case ({@value Topics#LIFECYCLE}) and of a request made before anything
 * went wrong ({@value Topics#REQUESTS_LIFECYCLE}) into the outbox, in the same
 * transaction as the change they report: an event exists exactly when its change was committed.
 * The data carries references, roles and decisions, never names.
 */
@Component
class LifecycleOutbox {

    static final String PREFIX = "nl.schoolveilig.";

    private final OutboxRepository outbox;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    LifecycleOutbox(OutboxRepository outbox, ObjectMapper objectMapper, Clock clock) {
        this.outbox = outbox;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void opened(CaseOpened e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", e.id());
        data.put("reference", e.reference());
        data.put("boardId", e.boardId());
        data.put("schoolId", e.schoolId());
        data.put("category", e.category());
        data.put("channel", e.channel());
        data.put("reportedAt", e.reportedAt());
        append("incident.opened.v1", e.reference(), data);
    }

    @EventListener(condition = RequestReference.OF_A_CASE)
    @Transactional(propagation = Propagation.MANDATORY)
    void assigned(TaskAssigned e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reference", e.reference());
        data.put("taskId", e.taskId());
        data.put("taskKey", e.taskKey());
        data.put("name", e.name());
        data.put("candidateGroups", e.candidateGroups());
        data.put("assignee", e.assignee());
        data.put("due", e.due());
        append("task.assigned.v1", e.reference(), data);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void triaged(CaseTriaged e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reference", e.reference());
        data.put("triagedBy", e.triagedBy());
        data.put("decisions", e.decisions());
        append("incident.triaged.v1", e.reference(), data);
    }

    @EventListener(condition = RequestReference.OF_A_CASE)
    @Transactional(propagation = Propagation.MANDATORY)
    void deadlineMissed(DeadlineMissed e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reference", e.reference());
        data.put("taskId", e.taskId());
        data.put("taskKey", e.taskKey());
        data.put("group", e.group());
        data.put("due", e.due());
        data.put("missedAt", e.missedAt());
        append("deadline.missed.v1", e.reference(), data);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void closed(CaseClosed e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reference", e.reference());
        data.put("reason", e.reason());
        data.put("closedAt", e.at());
        append("incident.closed.v1", e.reference(), data);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void requestSubmitted(RequestSubmitted e) {
        Map<String, Object> data = request(e.reference(), e.type(), e.boardId(), e.schoolId());
        data.put("submittedAt", e.at());
        append(Topics.REQUESTS_LIFECYCLE, "request.submitted.v1", e.reference(), data);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void requestDecided(RequestDecided e) {
        Map<String, Object> data = request(e.reference(), e.type(), e.boardId(), e.schoolId());
        data.put("decision", e.decision());
        data.put("decidedBy", e.decidedBy());
        data.put("decidedAt", e.at());
        append(Topics.REQUESTS_LIFECYCLE, "request.decided.v1", e.reference(), data);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void requestEnded(RequestEnded e) {
        Map<String, Object> data = request(e.reference(), e.type(), e.boardId(), e.schoolId());
        data.put("endedAt", e.at());
        append(Topics.REQUESTS_LIFECYCLE, "request.ended.v1", e.reference(), data);
    }

    private static Map<String, Object> request(String reference, RequestType type, String boardId, String schoolId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reference", reference);
        data.put("type", type);
        data.put("boardId", boardId);
        data.put("schoolId", schoolId);
        return data;
    }

    private void append(String type, String reference, Map<String, Object> data) {
        append(Topics.LIFECYCLE, type, reference, data);
    }

    private void append(String topic, String type, String reference, Map<String, Object> data) {
        try {
            outbox.save(new OutboxEvent(topic, PREFIX + type, reference, clock.instant(), objectMapper.writeValueAsString(data)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the " + type + " event of " + reference, e);
        }
    }
}
