package nl.schoolveilig.workflow;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import nl.schoolveilig.workflow.internal.CaseVariables;

/** Starts the workflow of a case and passes messages on to it; {@link CaseTasks} reads its tasks back. */
@Service
public class IncidentWorkflow {

    static final String START_MESSAGE = "incident-reported";

    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;

    IncidentWorkflow(RuntimeService runtime, ApplicationEventPublisher events) {
        this.runtime = runtime;
        this.events = events;
    }

    /**
     * Starts the case's process in the caller's transaction, with the reference as business key.
     * The start event is asynchronous: the policy runs in the job executor right after the commit,
     * so a report is accepted even while a decision table is being fixed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void start(CaseStart start) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(CaseVariables.INCIDENT_ID.name(), start.incidentId().toString());
        variables.put(CaseVariables.REFERENCE.name(), start.reference());
        variables.put(CaseVariables.CASE_CONTEXT.name(), start.context());
        variables.put(CaseVariables.BOARD_ID.name(), start.boardId());
        variables.put(CaseVariables.SCHOOL_ID.name(), start.schoolId());
        variables.put(CaseVariables.CATEGORY.name(), start.category());
        variables.put(CaseVariables.OFFENDER_ROLE.name(), start.offenderRole());
        variables.put(CaseVariables.VICTIM_ROLE.name(), start.victimRole());
        variables.put(CaseVariables.REPORTED_AT.name(), Date.from(start.reportedAt()));
        variables.putAll(start.facts());
        variables.put(CaseVariables.PUPILS_INVOLVED.name(), pupilsInvolved(start));
        runtime.createMessageCorrelation(START_MESSAGE)
                .processInstanceBusinessKey(start.reference())
                .setVariables(variables)
                .correlateStartMessage();
    }

    /** A press inquiry reached the school: communications answers it and the team is briefed, alongside everything else. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void pressInquiry(String reference, String details) {
        correlate(reference, CaseMessageReceived.PRESS_INQUIRY, details, Map.of(CaseVariables.PRESS_INQUIRY_DETAILS.name(), details == null ? "" : details));
    }

    /** The reporter withdrew the report: the case ends now, with the reason on record. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void withdraw(String reference, String reason) {
        correlate(reference, CaseMessageReceived.WITHDRAWAL, reason, Map.of(CaseVariables.WITHDRAWAL_REASON.name(), reason));
    }

    private void correlate(String reference, String message, String text, Map<String, Object> variables) {
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(reference)
                    .setVariables(variables).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new NoRunningCaseException(reference);
        }
        events.publishEvent(new CaseMessageReceived(reference, message, text == null ? "" : text,
                ClockUtil.getCurrentTime().toInstant()));
    }

    /** Whose parents to inform: the pupil who is (alleged) offender, the pupil who is victim. */
    private static List<String> pupilsInvolved(CaseStart start) {
        List<String> pupils = new ArrayList<>();
        if ("PUPIL".equals(start.offenderRole())) {
            pupils.add("leerling-dader");
        }
        if ("PUPIL".equals(start.victimRole())) {
            pupils.add("leerling-slachtoffer");
        }
        return pupils;
    }
}
