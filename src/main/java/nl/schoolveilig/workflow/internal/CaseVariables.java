package nl.schoolveilig.workflow.internal;

import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Every process variable the Java side reads or writes, with its type. The BPMN files use the same
 * names in their conditions; the forms in {@code bpmn/forms} name what people enter. The triage
 * questions' variables ({@code suggested<Question>}, {@code <question>Decision}, {@code <question>Motivation})
 * are named by {@link TriageQuestions}; the report's facts by their name in the report.
 */
public final class CaseVariables {

    // Set when the case starts (IncidentWorkflow); for reading in Cockpit and the policy's inputs.
    public static final CaseVariable<String> INCIDENT_ID = text("incidentId");
    public static final CaseVariable<String> REFERENCE = text("reference");
    /** What Tasklist shows of the case in its list and in every form (CaseStart.context); routes nothing. */
    public static final CaseVariable<String> CASE_CONTEXT = text("caseContext");
    /** Shown in Cockpit only: the board whose policy applies comes from the case record. */
    public static final CaseVariable<String> BOARD_ID = text("boardId");
    /** Shown in Cockpit only: the school whose people do the tasks comes from the case record. */
    public static final CaseVariable<String> SCHOOL_ID = text("schoolId");
    public static final CaseVariable<String> CATEGORY = text("category");
    public static final CaseVariable<String> OFFENDER_ROLE = text("offenderRole");
    public static final CaseVariable<String> VICTIM_ROLE = text("victimRole");
    public static final CaseVariable<Date> REPORTED_AT = new CaseVariable<>("reportedAt", Date.class);
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static final CaseVariable<List<String>> PUPILS_INVOLVED = new CaseVariable("pupilsInvolved", List.class);

    // The triage (policy answers, owner's term, escalation).
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static final CaseVariable<Map<String, Object>> TRIAGE = new CaseVariable(TriagePolicy.RESULT, Map.class);
    public static final CaseVariable<Date> TRIAGE_DUE = new CaseVariable<>("triageDue", Date.class);
    public static final CaseVariable<String> ESCALATION_GROUPS = text("escalationGroups");
    /** Not a policy suggestion: only the triage owner can see signs of abuse at home. */
    public static final CaseVariable<Boolean> MELDCODE_DECISION = new CaseVariable<>("meldcodeDecision", Boolean.class);
    public static final CaseVariable<String> ADVICE_TO_REPORTER = text("adviceToReporter");

    // The sanction (catalogue answer, the decider's group, the decision).
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static final CaseVariable<Map<String, Object>> SANCTION = new CaseVariable(SanctionPolicy.RESULT, Map.class);
    public static final CaseVariable<Long> EARLIER_OFFENCES = new CaseVariable<>("earlierOffences", Long.class);
    public static final CaseVariable<String> SUGGESTED_MEASURE = text("suggestedMeasure");
    public static final CaseVariable<String> MEASURE_DECISION = text("measureDecision");
    public static final CaseVariable<String> SANCTION_GROUP = text("sanctionGroup");

    // The data-breach track (forms assess-breach and notify-authority).
    public static final CaseVariable<String> BREACH_DESCRIPTION = text("breachDescription");
    public static final CaseVariable<String> BREACH_MEASURES = text("breachMeasures");
    public static final CaseVariable<String> BREACH_REPORTABLE = text("breachReportable");
    public static final CaseVariable<String> BREACH_HIGH_RISK = text("breachHighRisk");
    public static final CaseVariable<String> AUTHORITY_NOTIFIED_ON = text("authorityNotifiedOn");
    public static final CaseVariable<String> AUTHORITY_REFERENCE = text("authorityReference");

    // Messages and the close.
    public static final CaseVariable<String> PRESS_INQUIRY_DETAILS = text("pressInquiryDetails");
    public static final CaseVariable<String> WITHDRAWAL_REASON = text("withdrawalReason");
    public static final CaseVariable<String> CLOSING_SUMMARY = text("closingSummary");

    /** Task-local: the overdue watch noticed this task once. */
    public static final CaseVariable<Boolean> DEADLINE_MISSED_NOTICED = new CaseVariable<>("deadlineMissedNoticed", Boolean.class);

    private CaseVariables() {
    }

    private static CaseVariable<String> text(String name) {
        return new CaseVariable<>(name, String.class);
    }
}
