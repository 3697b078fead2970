package nl.schoolveilig.workflow;

import java.util.List;

/**
 * The answers of the triage policy that the triage owner confirms or overrides, by their output
 * name in the DMN. The form {@code bpmn/forms/triage-incident.form} has, per question,
 * {@code suggested<Question>}, {@code <question>Decision} and {@code <question>Motivation}.
 */
final class TriageQuestions {

    static final List<String> ALL = List.of("severity", "schoolInvolved", "informParents", "police", "victimCare",
            "privacyAssessment", "contentRemoval", "press");

    private TriageQuestions() {
    }

    static String suggested(String question) {
        return "suggested" + Character.toUpperCase(question.charAt(0)) + question.substring(1);
    }

    static String decision(String question) {
        return question + "Decision";
    }

    static String motivation(String question) {
        return question + "Motivation";
    }
}
