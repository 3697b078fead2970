package nl.schoolveilig.workflow;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Finds the people for the triage task: the group the triage policy names (school leader or board)
 * for the incident's school, from the directory, and the deadline the policy gives.
 */
@Component("triageRouting")
class TriageRouting implements JavaDelegate {

    static final String CANDIDATE_GROUP = "triageCandidateGroup";
    static final String DUE = "triageDue";

    private final Directory directory;

    TriageRouting(Directory directory) {
        this.directory = directory;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        Map<String, Object> triage = (Map<String, Object>) execution.getVariable(IncidentWorkflow.TRIAGE_RESULT);
        Role owner = Role.valueOf((String) triage.get("triageOwner"));
        String schoolId = (String) execution.getVariable("schoolId");
        execution.setVariable(CANDIDATE_GROUP, directory.candidateGroup(owner, schoolId));
        Duration within = Duration.parse((String) triage.get("triageWithin"));
        execution.setVariable(DUE, Date.from(ClockUtil.getCurrentTime().toInstant().plus(within)));
    }
}
