package nl.schoolveilig.workflow;

import java.util.List;
import java.util.Map;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Who hears of a missed triage deadline, as the policy says ({@code escalateTo}): the board member;
 * the digicoach with the school leader; or, for minor cases, nobody but the reminder mail to the
 * triage group ({@code escalationGroups} empty, no task).
 */
@Component("escalationRouting")
class EscalationRouting implements JavaDelegate {

    static final String GROUPS = "escalationGroups";

    private final Directory directory;

    EscalationRouting(Directory directory) {
        this.directory = directory;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        Map<String, Object> triage = (Map<String, Object>) execution.getVariable(IncidentWorkflow.TRIAGE_RESULT);
        String schoolId = (String) execution.getVariable("schoolId");
        List<String> groups = switch ((String) triage.get("escalateTo")) {
            case "BOARD_MEMBER" -> List.of(directory.candidateGroup(Role.BOARD_MEMBER, schoolId));
            case "DIGICOACH_AND_LEADER" -> List.of(directory.candidateGroup(Role.DIGICOACH, schoolId),
                    // The owner: the school leader, or the board when the case is about the leader.
                    (String) execution.getVariable(TriageRouting.CASE_OWNER_GROUP));
            default -> List.of();
        };
        execution.setVariable(GROUPS, String.join(",", groups.stream().distinct().toList()));
    }
}
