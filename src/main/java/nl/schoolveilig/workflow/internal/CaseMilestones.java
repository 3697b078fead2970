package nl.schoolveilig.workflow.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import nl.schoolveilig.workflow.CaseMilestone;
import nl.schoolveilig.workflow.CaseMilestone.Kind;

/**
 * Turns the engine's execution events (Camunda's Spring eventing) into the milestones of a case's
 * timeline, for every BPMN file alike: a call activity is a track, a timer that fires is a term that
 * ran out. A boundary timer starts when it fires; an intermediate timer ends when it fires (and is
 * cancelled, not fired, when its process is).
 */
@Component
class CaseMilestones {

    private final ApplicationEventPublisher events;

    CaseMilestones(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener(condition = "#execution.eventName == 'start' or #execution.eventName == 'end'")
    void on(DelegateExecution execution) {
        FlowElement element = execution.getBpmnModelElementInstance();
        if (element == null || execution.getProcessBusinessKey() == null) {
            return;
        }
        boolean start = ExecutionListener.EVENTNAME_START.equals(execution.getEventName());
        Kind kind = null;
        if (element instanceof CallActivity) {
            kind = start ? Kind.TRACK_STARTED : execution.isCanceled() ? null : Kind.TRACK_ENDED;
        } else if (isTimer(element) && (element instanceof BoundaryEvent ? start
                : element instanceof IntermediateCatchEvent && !start && !execution.isCanceled())) {
            kind = Kind.TIMER_FIRED;
        }
        if (kind != null) {
            events.publishEvent(new CaseMilestone(execution.getProcessBusinessKey(), kind,
                    processKey(execution.getProcessDefinitionId()), element.getId(), element.getName(),
                    ClockUtil.getCurrentTime().toInstant()));
        }
    }

    private static boolean isTimer(FlowElement element) {
        return element instanceof CatchEvent catchEvent && catchEvent.getEventDefinitions().stream()
                .anyMatch(TimerEventDefinition.class::isInstance);
    }

    /** A process definition id reads {@code key:version:id}. */
    private static String processKey(String processDefinitionId) {
        int colon = processDefinitionId.indexOf(':');
        return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
    }
}
