package nl.schoolveilig.workflow.internal;

import java.util.Map;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import nl.schoolveilig.workflow.CaseFile;

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
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        Map<String, Object> sanction = CaseVariables.SANCTION.from(execution);
        cases.recordSanctionPolicy(reference, sanction);
        String decidedBy = (String) sanction.get(SanctionPolicy.DECIDED_BY);
        CaseVariables.SUGGESTED_MEASURE.set(execution, (String) sanction.get(SanctionPolicy.MEASURE));
        CaseVariables.MEASURE_DECISION.set(execution, (String) sanction.get(SanctionPolicy.MEASURE));
        if (!SanctionPolicy.NOBODY.equals(decidedBy)) {
            CaseVariables.SANCTION_GROUP.set(execution,
                    directory.candidateGroup(Role.valueOf(decidedBy), cases.place(reference).schoolId()));
        }
    }
}
