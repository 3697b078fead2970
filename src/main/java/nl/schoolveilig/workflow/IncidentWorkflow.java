package nl.schoolveilig.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Starts the workflow of a case, passes messages on to it, and reads its tasks back. */
@Service
public class IncidentWorkflow {

    static final String START_MESSAGE = "incident-reported";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    IncidentWorkflow(RuntimeService runtime, TaskService tasks, HistoryService history) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
    }

    /**
     * Starts the case's process in the caller's transaction, with the reference as business key.
     * The start event is asynchronous: the policy runs in the job executor right after the commit,
     * so a report is accepted even while a decision table is being fixed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void start(CaseStart start) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(CaseVariables.INCIDENT_ID.name(), start.incidentId().toString());
        variables.put(CaseVariables.REFERENCE.name(), start.reference());
        variables.put(CaseVariables.BOARD_ID.name(), start.boardId());
        variables.put(CaseVariables.SCHOOL_ID.name(), start.schoolId());
        variables.put(CaseVariables.CATEGORY.name(), start.category());
        variables.put(CaseVariables.OFFENDER_ROLE.name(), start.offenderRole());
        variables.put(CaseVariables.VICTIM_ROLE.name(), start.victimRole());
        variables.put(CaseVariables.REPORTED_AT.name(), Date.from(start.reportedAt()));
        variables.putAll(start.facts());
        variables.put(CaseVariables.PUPILS_INVOLVED.name(), pupilsInvolved(start));
        runtime.createMessageCorrelation(START_MESSAGE)
                .processInstanceBusinessKey(start.reference())
                .setVariables(variables)
                .correlateStartMessage();
    }

    /** A press inquiry reached the school: communications answers it and the team is briefed, alongside everything else. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void pressInquiry(String reference, String details) {
        correlate(reference, "press-inquiry", Map.of(CaseVariables.PRESS_INQUIRY_DETAILS.name(), details == null ? "" : details));
    }

    /** The reporter withdrew the report: the case ends now, with the reason on record. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void withdraw(String reference, String reason) {
        correlate(reference, "incident-withdrawn", Map.of(CaseVariables.WITHDRAWAL_REASON.name(), reason));
    }

    private void correlate(String reference, String message, Map<String, Object> variables) {
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(reference)
                    .setVariables(variables).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new NoRunningCaseException(reference);
        }
    }

    /** Whose parents to inform: the pupil who is (alleged) offender, the pupil who is victim. */
    private static List<String> pupilsInvolved(CaseStart start) {
        List<String> pupils = new ArrayList<>();
        if ("PUPIL".equals(start.offenderRole())) {
            pupils.add("leerling-dader");
        }
        if ("PUPIL".equals(start.victimRole())) {
            pupils.add("leerling-slachtoffer");
        }
        return pupils;
    }

    public List<OpenTask> openTasks(String reference) {
        return tasks.createTaskQuery().processInstanceBusinessKey(reference).orderByTaskCreateTime().asc().list()
                .stream().map(this::toOpenTask).toList();
    }

    public List<TimelineEntry> timeline(String reference) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (HistoricTaskInstance task : historicTasks(reference)) {
            entries.add(new TimelineEntry(task.getStartTime().toInstant(), "TASK_CREATED",
                    task.getTaskDefinitionKey(), task.getName(), null));
            if (task.getEndTime() != null) {
                entries.add(new TimelineEntry(task.getEndTime().toInstant(), "TASK_COMPLETED",
                        task.getTaskDefinitionKey(), task.getName(), task.getAssignee()));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    /** Users and groups that ever had a task on the case (candidates or assignees). */
    public Set<String> participants(String reference) {
        Set<String> participants = new HashSet<>();
        for (HistoricTaskInstance task : historicTasks(reference)) {
            if (task.getAssignee() != null) {
                participants.add(task.getAssignee());
            }
            for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).list()) {
                if (link.getGroupId() != null) {
                    participants.add(link.getGroupId());
                }
                if (link.getUserId() != null) {
                    participants.add(link.getUserId());
                }
            }
        }
        return participants;
    }

    private List<HistoricTaskInstance> historicTasks(String reference) {
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference).list();
    }

    private OpenTask toOpenTask(Task task) {
        List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
        return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), groups, task.getAssignee(),
                instant(task.getCreateTime()), instant(task.getDueDate()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
