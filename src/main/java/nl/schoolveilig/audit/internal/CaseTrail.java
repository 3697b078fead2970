package nl.schoolveilig.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.schoolveilig.incident.CaseOpened;
import nl.schoolveilig.incident.EvidenceAdded;
import nl.schoolveilig.incident.RetentionEnded;
import nl.schoolveilig.workflow.StepCompleted;
import nl.schoolveilig.notifications.MessageQueued;
import nl.schoolveilig.requests.RequestDecided;
import nl.schoolveilig.requests.RequestEnded;
import nl.schoolveilig.requests.RequestRetentionEnded;
import nl.schoolveilig.requests.RequestSubmitted;
import nl.schoolveilig.workflow.CaseClosed;
import nl.schoolveilig.workflow.CaseMessageReceived;
import nl.schoolveilig.workflow.CaseMilestone;
import nl.schoolveilig.workflow.CaseTriaged;
import nl.schoolveilig.workflow.DeadlineMissed;
import nl.schoolveilig.workflow.TaskAssigned;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the trail from the case's own events, which every feature and every BPMN file already
 * publishes inside its transaction: a new track is audited without new code. A request made before anything
 * went wrong has a trail of its own under its reference, from the same events and its own. Never the identity of a
 * reporter; names of people involved only where a person recorded them in a step.
 */
@Component
class CaseTrail {

    /**
     * The trail's listeners run before any other listener of a case event. Appending locks the case's chain
     * until the commit, so what later listeners write for the case (the lifecycle outbox's sequence number)
     * is numbered in the order in which the case's transactions commit: the relay then sends a case's
     * events in that order, also when two people work the same case at once.
     */
    static final int FIRST = Ordered.HIGHEST_PRECEDENCE;

    private final AuditLog log;
    private final Clock clock;

    CaseTrail(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @EventListener
    @Order(FIRST)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseOpened opened) {
        log.append(opened.reference(), opened.reportedAt(), "REPORTED", null, Map.of("channel", opened.channel().name(),
                "category", opened.category().name(), "board", opened.boardId(), "school", opened.schoolId()));
    }

    @EventListener
    @Order(FIRST)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RequestSubmitted submitted) {
        log.append(submitted.reference(), submitted.at(), "REQUESTED", submitted.requester(), Map.of("type",
                submitted.type().name(), "board", submitted.boardId(), "school", submitted.schoolId()));
    }

    @EventListener
    @Order(FIRST)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RequestDecided decided) {
        log.append(decided.reference(), decided.at(), "REQUEST_DECIDED", decided.decidedBy(), Map.of("decision",
                decided.decision()));
    }

    @EventListener
    @Order(FIRST)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RequestEnded ended) {
        log.append(ended.reference(), ended.at(), "REQUEST_ENDED", ended.endedBy(), Map.of("type", ended.type().name()));
    }

    @EventListener
    @Order(FIRST)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseTriaged triaged) {
        List<Map<String, Object>> decisions = triaged.decisions().stream().map(d -> {
            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put("question", d.question());
            decision.put("suggested", String.valueOf(d.suggested()));
            decision.put("decided", String.valueOf(d.decided()));
            decision.put("overridden", d.overridden());
            decision.put("motivation", d.motivation() == null ? "" : d.motivation());
            return decision;
        }).toList();
        log.append(triaged.reference(), Instant.now(clock), "TRIAGED", triaged.triagedBy(), Map.of("decisions", decisions));
    }

    @EventListener
    @Order(FIRST)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TaskAssigned assigned) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("task", assigned.taskKey());
        data.put("name", assigned.name());
        data.put("groups", assigned.candidateGroups());
        if (!assigned.candidateUsers().isEmpty()) {
            data.put("users", assigned.candidateUsers());
        }
        data.put("assignee", assigned.assignee() == null ? "" : assigned.assignee());
        data.put("due", assigned.due() == null ? "" : assigned.due().toString());
        // Created for its groups, claimed or given back: the entry says to whom the task is now.
        log.append(assigned.reference(), Instant.now(clock), "TASK_ASSIGNED", assigned.assignee(), data);
    }

    @EventListener
    @Order(FIRST)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(StepCompleted step) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("task", step.taskKey());
        data.put("name", step.taskName());
        data.put("due", step.due() == null ? "" : step.due().toString());
        data.put("withinTerm", step.due() == null || !step.completedAt().isAfter(step.due()));
        data.put("fields", step.fields().stream().map(f -> Map.of("key", f.key(), "label", f.label(),
                "value", f.value() == null ? "" : f.value(), "text", f.text() == null ? "" : f.text())).toList());
        log.append(step.reference(), step.completedAt(), "STEP_COMPLETED", step.completedBy(), data);
    }

    @EventListener
    @Order(FIRST)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(DeadlineMissed missed) {
        log.append(missed.reference(), missed.missedAt(), "DEADLINE_MISSED", null, Map.of("task", missed.taskKey(),
                "name", missed.taskName(), "group", missed.group() == null ? "" : missed.group(), "due", missed.due().toString()));
    }

    @EventListener
    @Order(FIRST)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseClosed closed) {
        log.append(closed.reference(), closed.at(), "CLOSED", null, Map.of("reason", closed.reason(),
                "summary", closed.summary() == null ? "" : closed.summary()));
    }

    @EventListener
    @Order(FIRST)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseMessageReceived message) {
        log.append(message.reference(), message.at(), "MESSAGE_RECEIVED", null, Map.of("message", message.message(),
                "text", message.text()));
    }

    @EventListener
    @Order(FIRST)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(EvidenceAdded evidence) {
        log.append(evidence.reference(), evidence.at(), "EVIDENCE_ADDED", null, Map.of("description",
                evidence.description(), "url", evidence.url() == null ? "" : evidence.url(), "source", evidence.source()));
    }

    @EventListener
    @Order(FIRST)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CaseMilestone milestone) {
        log.append(milestone.reference(), milestone.at(), milestone.kind().name(), null, Map.of("process",
                milestone.processKey(), "element", milestone.element(),
                "name", milestone.elementName() == null ? milestone.element() : milestone.elementName()));
    }

    /** A message out: to whom by audience (the reporter, a group) and its subject, never an address. */
    @EventListener
    @Order(FIRST)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MessageQueued message) {
        log.append(message.reference(), message.at(), "MESSAGE_SENT", null, Map.of("audience", message.audience(),
                "subject", message.subject()));
    }

    /** The personal values leave the trail; the entry that says so is the trail's last word on them. */
    @EventListener
    @Order(FIRST)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RetentionEnded ended) {
        forget(ended.reference(), ended.at());
    }

    /** A request's trail, likewise. */
    @EventListener
    @Order(FIRST)
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RequestRetentionEnded ended) {
        forget(ended.reference(), ended.at());
    }

    private void forget(String reference, Instant at) {
        int forgotten = log.forgetPersonalValues(reference);
        log.append(reference, at, "ANONYMISED", null, Map.of("personalValuesRemoved", forgotten));
    }
}
