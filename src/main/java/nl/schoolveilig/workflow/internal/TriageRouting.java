package nl.schoolveilig.workflow.internal;

import java.util.Date;
import java.util.Map;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.directory.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import nl.schoolveilig.workflow.CaseFile;

/**
 * Right after the triage policy ran (same transaction): records its answers on the case, with the
 * group that owns the case from now on (the group the policy names, school leader or board, for the
 * case's school), and sets the triage deadline from the policy's term on the school calendar.
 */
@Component("triageRouting")
class TriageRouting implements JavaDelegate {

    private final Directory directory;
    private final SchoolCalendar calendar;
    private final CaseFile cases;

    TriageRouting(Directory directory, SchoolCalendar calendar, CaseFile cases) {
        this.directory = directory;
        this.calendar = calendar;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        Map<String, Object> triage = CaseVariables.TRIAGE.from(execution);
        Role owner = Role.valueOf((String) triage.get(TriagePolicy.TRIAGE_OWNER));
        // The triage owner also owns the rest of the case: the board when a legal track applies.
        cases.recordTriagePolicy(reference, triage,
                directory.candidateGroup(owner, cases.place(reference).schoolId()));
        String within = (String) triage.get(TriagePolicy.TRIAGE_WITHIN);
        CaseVariables.TRIAGE_DUE.set(execution, Date.from(calendar.deadline(ClockUtil.getCurrentTime().toInstant(), within)));
    }
}
