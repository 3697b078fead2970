package nl.schoolveilig.workflow.internal;

/** Names of the triage policy's outputs besides the safety questions ({@code bpmn/incident-triage-<board>.dmn}). */
public final class TriagePolicy {

    /** The process variable the business rule task writes the policy's answers to. */
    static final String RESULT = "triage";
    public static final String LEGAL_TRACK = "legalTrack";
    /** The legal track of a case about the school leader: the board handles it alone. */
    public static final String ABOUT_SCHOOL_LEADER = "OFFENDER_IS_SCHOOL_LEADER";
    static final String TRIAGE_OWNER = "triageOwner";
    static final String TRIAGE_WITHIN = "triageWithin";
    static final String ESCALATE_TO = "escalateTo";

    private TriagePolicy() {
    }
}
