package nl.schoolveilig.workflow.internal;

/** Names of the sanction catalogue's outputs ({@code bpmn/sanctions-<board>.dmn}). */
final class SanctionPolicy {

    /** The process variable the business rule task writes the catalogue's answer to. */
    static final String RESULT = "sanction";
    static final String MEASURE = "measure";
    static final String DECIDED_BY = "decidedBy";
    /** What {@link #DECIDED_BY} says when nobody at school decides (an external offender). */
    static final String NOBODY = "NONE";

    private SanctionPolicy() {
    }
}
