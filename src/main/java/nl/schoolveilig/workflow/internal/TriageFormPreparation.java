package nl.schoolveilig.workflow.internal;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts the policy's suggestions where the triage form shows them: each suggestion read-only, and
 * the decision field prefilled with it, so confirming means leaving it as it is.
 */
@Component("triageFormPreparation")
class TriageFormPreparation implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> triage = CaseVariables.TRIAGE.from(execution);
        for (String question : TriageQuestions.ALL) {
            Object suggestion = triage.get(question);
            execution.setVariable(TriageQuestions.suggested(question), suggestion);
            execution.setVariable(TriageQuestions.decision(question), suggestion);
        }
        // Not a policy suggestion: only the triage owner can see signs of abuse at home.
        CaseVariables.MELDCODE_DECISION.set(execution, false);
    }
}
