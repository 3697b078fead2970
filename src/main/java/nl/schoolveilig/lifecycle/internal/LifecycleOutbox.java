package nl.schoolveilig.lifecycle.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolveilig.events.Topics;
import nl.schoolveilig.incident.CaseOpened;
import nl.schoolveilig.workflow.CaseClosed;
import nl.schoolveilig.workflow.CaseTriaged;
import nl.schoolveilig.workflow.DeadlineMissed;
import nl.schoolveilig.workflow.TaskAssigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the lifecycle events of a case ({@value Topics#LIFECYCLE}) into the outbox, in the same
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

    @EventListener
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

    @EventListener
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

    private void append(String type, String reference, Map<String, Object> data) {
        try {
            outbox.save(new OutboxEvent(PREFIX + type, reference, clock.instant(), objectMapper.writeValueAsString(data)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the " + type + " event of " + reference, e);
        }
    }
}
