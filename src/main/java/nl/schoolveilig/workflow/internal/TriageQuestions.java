package nl.schoolveilig.workflow.internal;

import java.util.List;

/**
 * The answers of the triage policy that the triage owner confirms or overrides, by their output
 * name in the DMN. The form {@code bpmn/forms/triage-incident.form} has, per question,
 * {@code suggested<Question>}, {@code <question>Decision} and {@code <question>Motivation}.
 */
public final class TriageQuestions {

    public static final List<String> ALL = List.of("severity", "schoolInvolved", "informParents", "police", "victimCare",
            "privacyAssessment", "contentRemoval", "press");

    private TriageQuestions() {
    }

    public static String suggested(String question) {
        return "suggested" + Character.toUpperCase(question.charAt(0)) + question.substring(1);
    }

    public static String decision(String question) {
        return question + "Decision";
    }

    public static String motivation(String question) {
        return question + "Motivation";
    }
}
