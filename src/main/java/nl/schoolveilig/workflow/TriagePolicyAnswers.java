package nl.schoolveilig.workflow;

import java.util.Map;

import nl.schoolveilig.workflow.internal.TriagePolicy;

/** What other features read from the triage policy's answers as recorded on the case ({@link CaseFile#triagePolicy}). */
public final class TriagePolicyAnswers {

    private TriagePolicyAnswers() {
    }

    /** The case is about the school leader: the board's alone (the policy's legal track says so). */
    public static boolean aboutSchoolLeader(Map<String, Object> answers) {
        return TriagePolicy.ABOUT_SCHOOL_LEADER.equals(answers.get(TriagePolicy.LEGAL_TRACK));
    }
}
