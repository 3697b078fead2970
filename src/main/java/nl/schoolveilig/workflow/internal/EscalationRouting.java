package nl.schoolveilig.workflow.internal;

import java.util.List;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import nl.schoolveilig.workflow.CaseFile;

/**
 * Who hears of a missed triage deadline, as the recorded policy says ({@code escalateTo}): the board
 * member; the digicoach with the case owner; or, for minor cases, nobody but the reminder mail to the
 * triage group ({@code escalationGroups} empty, no task). Set in the same transaction that creates the
 * escalation task.
 */
@Component("escalationRouting")
class EscalationRouting implements JavaDelegate {

    private final Directory directory;
    private final CaseFile cases;

    EscalationRouting(Directory directory, CaseFile cases) {
        this.directory = directory;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        String schoolId = cases.place(reference).schoolId();
        List<String> groups = switch (String.valueOf(cases.triagePolicy(reference).get(TriagePolicy.ESCALATE_TO))) {
            case "BOARD_MEMBER" -> List.of(directory.candidateGroup(Role.BOARD_MEMBER, schoolId));
            case "DIGICOACH_AND_LEADER" -> List.of(directory.candidateGroup(Role.DIGICOACH, schoolId),
                    // The owner: the school leader, or the board when the case is about the leader.
                    cases.ownerGroup(reference));
            default -> List.of();
        };
        CaseVariables.ESCALATION_GROUPS.set(execution, String.join(",", groups.stream().distinct().toList()));
    }
}
