package nl.schoolveilig.workflow;

import java.util.Map;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the board's catalogue suggested a measure: finds the group of the role that decides (school
 * leader, board, intern supervisor) for the incident's school, and prefills the decision with the
 * suggestion.
 */
@Component("sanctionPreparation")
class SanctionPreparation implements JavaDelegate {

    private final Directory directory;

    SanctionPreparation(Directory directory) {
        this.directory = directory;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        Map<String, Object> sanction = (Map<String, Object>) execution.getVariable("sanction");
        String decidedBy = (String) sanction.get("decidedBy");
        execution.setVariable("suggestedMeasure", sanction.get("measure"));
        execution.setVariable("measureDecision", sanction.get("measure"));
        if (!"NONE".equals(decidedBy)) {
            execution.setVariable("sanctionGroup",
                    directory.candidateGroup(Role.valueOf(decidedBy), (String) execution.getVariable("schoolId")));
        }
    }
}
