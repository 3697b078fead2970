package nl.schoolveilig.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.schoolveilig.workflow.internal.SchoolCalendar;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Component;

/**
 * What a board's policy promises a reporter before their case is triaged: by when the school will have looked at
 * any report, the longest of the policy's triage terms (its DMN decision {@code triage-deadline-<board>}, per
 * severity), counted in school days from the moment of the report.
 */
@Component
public class TriageTerms {

    private static final List<String> SEVERITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW");

    private final DecisionService decisions;
    private final SchoolCalendar calendar;

    TriageTerms(DecisionService decisions, SchoolCalendar calendar) {
        this.decisions = decisions;
        this.calendar = calendar;
    }

    /** The latest moment the board's policy allows for a report's triage; empty for a board without a policy. */
    public Optional<Instant> latestTriage(String boardId, Instant reportedAt) {
        try {
            return SEVERITIES.stream()
                    .map(severity -> decisions.evaluateDecisionByKey("triage-deadline-" + boardId)
                            .variables(Map.of("severity", severity)).evaluate().getSingleResult())
                    .filter(java.util.Objects::nonNull)
                    .map(result -> calendar.deadline(reportedAt, (String) result.getSingleEntry()))
                    .max(Instant::compareTo);
        } catch (ProcessEngineException noPolicy) {
            return Optional.empty();
        }
    }
}
