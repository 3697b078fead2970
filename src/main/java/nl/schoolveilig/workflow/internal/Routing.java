package nl.schoolveilig.workflow.internal;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import nl.schoolveilig.workflow.CaseFile;

/**
 * The process asks here who does a task and whose policy applies, always for the stored case (by
 * its reference, the business key), never from process variables:
 * {@code ${routing.group('DIGICOACH', execution)}} is that role's group for the case's school (falling
 * back to the board), {@code ${routing.owner(execution)}} the case owner, {@code ${routing.board(execution)}}
 * the board whose DMN applies. Public because the BPMN calls it by expression, which needs a public class.
 */
@Component("routing")
public class Routing {

    private final Directory directory;
    private final CaseFile cases;

    Routing(Directory directory, CaseFile cases) {
        this.directory = directory;
        this.cases = cases;
    }

    public String group(String role, DelegateExecution execution) {
        return directory.candidateGroup(Role.valueOf(role), cases.place(execution.getProcessBusinessKey()).schoolId());
    }

    public String owner(DelegateExecution execution) {
        return cases.ownerGroup(execution.getProcessBusinessKey());
    }

    public String board(DelegateExecution execution) {
        return cases.place(execution.getProcessBusinessKey()).boardId();
    }

    /** The legal track the triage policy found (e.g. {@code STAFF_SEXUAL_OFFENCE}), as recorded. */
    public String legalTrack(DelegateExecution execution) {
        return String.valueOf(cases.triagePolicy(execution.getProcessBusinessKey()).get(TriagePolicy.LEGAL_TRACK));
    }
}
