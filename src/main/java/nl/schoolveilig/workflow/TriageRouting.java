package nl.schoolveilig.workflow;

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
 * for the incident's school, from the directory, and the deadline of the policy's term on the
 * school calendar.
 */
@Component("triageRouting")
class TriageRouting implements JavaDelegate {

    static final String CANDIDATE_GROUP = "triageCandidateGroup";
    static final String DUE = "triageDue";
    static final String CASE_OWNER_GROUP = "caseOwnerGroup";

    private final Directory directory;
    private final SchoolCalendar calendar;

    TriageRouting(Directory directory, SchoolCalendar calendar) {
        this.directory = directory;
        this.calendar = calendar;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        Map<String, Object> triage = (Map<String, Object>) execution.getVariable(IncidentWorkflow.TRIAGE_RESULT);
        Role owner = Role.valueOf((String) triage.get("triageOwner"));
        String schoolId = (String) execution.getVariable("schoolId");
        String ownerGroup = directory.candidateGroup(owner, schoolId);
        execution.setVariable(CANDIDATE_GROUP, ownerGroup);
        // The triage owner also owns the rest of the case: the board when a legal track applies.
        execution.setVariable(CASE_OWNER_GROUP, ownerGroup);
        String within = (String) triage.get("triageWithin");
        execution.setVariable(DUE, Date.from(calendar.deadline(ClockUtil.getCurrentTime().toInstant(), within)));
    }
}
