package nl.schoolveilig.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;

/**
 * The path a case took through its diagrams and where it stands: per process the case ran (the main
 * process and every track it called), the elements it passed and those it is at now, from the
 * engine's history; and the timers it waits on. The case page draws this over the BPMN.
 */
@Service
public class CasePath {

    private static final String MULTI_INSTANCE = "#multiInstanceBody";

    private final HistoryService history;
    private final RepositoryService repository;
    private final ManagementService management;

    CasePath(HistoryService history, RepositoryService repository, ManagementService management) {
        this.history = history;
        this.repository = repository;
        this.management = management;
    }

    /**
     * One process the case ran.
     *
     * @param passed  the BPMN element ids it passed (completed)
     * @param current the ids it is at now
     */
    public record Diagram(String processInstanceId, String processDefinitionId, String processKey, String name,
            boolean running, Instant started, Set<String> passed, Set<String> current) {
    }

    /**
     * A timer the case waits on: when it fires, its name in the diagram and the step that follows.
     */
    public record Timer(Instant due, String name, String then) {
    }

    public List<Diagram> diagrams(String reference) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .orderByProcessInstanceStartTime().asc().list().stream().map(this::diagram).toList();
    }

    /** The BPMN XML of a process the case ran; empty for a definition this case did not run. */
    public Optional<String> xml(String reference, String processDefinitionId) {
        boolean ranIt = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionId(processDefinitionId).count() > 0;
        if (!ranIt) {
            return Optional.empty();
        }
        try (InputStream xml = repository.getProcessModel(processDefinitionId)) {
            return Optional.of(new String(xml.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The timers the case's running processes wait on, soonest first. */
    public List<Timer> timers(String reference) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).unfinished().list()
                .stream()
                .flatMap(p -> management.createJobQuery().processInstanceId(p.getId()).timers().list().stream()
                        .map(job -> timer(job, p.getProcessDefinitionId())))
                .sorted(Comparator.comparing(Timer::due)).toList();
    }

    private Timer timer(Job job, String processDefinitionId) {
        String activityId = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult().getActivityId();
        BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
        ModelElementInstance element = model.getModelElementById(activityId);
        String name = element instanceof FlowNode node && node.getName() != null ? node.getName() : activityId;
        String then = element instanceof FlowNode node ? node.getOutgoing().stream().map(SequenceFlow::getTarget)
                .map(FlowNode::getName).filter(n -> n != null && !n.isBlank()).findFirst().orElse(null) : null;
        return new Timer(job.getDuedate().toInstant(), name, then);
    }

    private Diagram diagram(HistoricProcessInstance process) {
        Set<String> passed = new LinkedHashSet<>();
        Set<String> current = new LinkedHashSet<>();
        for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                .processInstanceId(process.getId()).orderByHistoricActivityInstanceStartTime().asc().list()) {
            String id = activity.getActivityId().replace(MULTI_INSTANCE, "");
            if (activity.getEndTime() == null) {
                current.add(id);
            } else if (!activity.isCanceled()) {
                passed.add(id);
            }
        }
        passed.removeAll(current);
        String name = repository.getProcessDefinition(process.getProcessDefinitionId()).getName();
        return new Diagram(process.getId(), process.getProcessDefinitionId(), process.getProcessDefinitionKey(),
                name == null ? process.getProcessDefinitionKey() : name, process.getEndTime() == null,
                process.getStartTime().toInstant(), passed, current);
    }
}
