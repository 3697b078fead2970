package nl.schoolveilig.workflow.internal;

/** Names of the triage policy's outputs besides the safety questions ({@code bpmn/incident-triage-<board>.dmn}). */
final class TriagePolicy {

    /** The process variable the business rule task writes the policy's answers to. */
    static final String RESULT = "triage";
    static final String LEGAL_TRACK = "legalTrack";
    static final String TRIAGE_OWNER = "triageOwner";
    static final String TRIAGE_WITHIN = "triageWithin";
    static final String ESCALATE_TO = "escalateTo";

    private TriagePolicy() {
    }
}
