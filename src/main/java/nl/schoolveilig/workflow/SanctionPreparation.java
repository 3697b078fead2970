package nl.schoolveilig.workflow;

import java.util.Map;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the board's catalogue suggested a measure (same transaction): records the suggestion on the
 * case, finds the group of the role that decides (school leader, board, intern supervisor) for the
 * case's school, and prefills the decision with the suggestion.
 */
@Component("sanctionPreparation")
class SanctionPreparation implements JavaDelegate {

    private final Directory directory;
    private final CaseFile cases;

    SanctionPreparation(Directory directory, CaseFile cases) {
        this.directory = directory;
        this.cases = cases;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        Map<String, Object> sanction = (Map<String, Object>) execution.getVariable("sanction");
        cases.recordSanctionPolicy(reference, sanction);
        String decidedBy = (String) sanction.get("decidedBy");
        execution.setVariable("suggestedMeasure", sanction.get("measure"));
        execution.setVariable("measureDecision", sanction.get("measure"));
        if (!"NONE".equals(decidedBy)) {
            execution.setVariable("sanctionGroup",
                    directory.candidateGroup(Role.valueOf(decidedBy), cases.place(reference).schoolId()));
        }
    }
}
