package nl.schoolveilig.tasks.internal;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts {@link CompletionRules} into the engine, so that they hold on every path to a task: a listener
 * on every user task of every deployed process (with the task's {@code camunda:formRef}), the record
 * of which variables a command wrote ({@link VariableWrites}, fed by the engine's history events),
 * and a refusal that reaches Camunda's REST API as a 400 with its message rather than as a wrapped 500.
 * The person holding a task may give it back, so the assignee also gets {@code TASK_ASSIGN} on it;
 * the rules allow nothing else with it.
 */
@Component
class CheckedCompletion extends AbstractProcessEnginePlugin {

    private final CompletionRules rules;
    private final MessageSource messages;

    CheckedCompletion(CompletionRules rules, MessageSource messages) {
        this.rules = rules;
        this.messages = messages;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreBPMNParseListeners(append(configuration.getCustomPreBPMNParseListeners(),
                new GuardEveryUserTask(rules)));
        configuration.setCustomSessionFactories(append(configuration.getCustomSessionFactories(),
                new VariableWrites.Factory(messages)));
        configuration.setCustomHistoryEventHandlers(append(configuration.getCustomHistoryEventHandlers(),
                new VariableWrites.Recorder()));
        configuration.setCustomPreCommandInterceptorsTxRequired(append(
                configuration.getCustomPreCommandInterceptorsTxRequired(), new UnwrapRejection()));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(append(
                configuration.getCustomPreCommandInterceptorsTxRequiresNew(), new UnwrapRejection()));
        configuration.setCustomPostCommandInterceptorsTxRequired(append(
                configuration.getCustomPostCommandInterceptorsTxRequired(), new VariableWrites.CommandDone()));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(append(
                configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new VariableWrites.CommandDone()));
        configuration.setResourceAuthorizationProvider(new HolderMayGiveBack());
    }

    private static <T> List<T> append(List<? extends T> list, T element) {
        List<T> result = list == null ? new ArrayList<>() : new ArrayList<>(list);
        result.add(element);
        return result;
    }

    /** Adds the completion and update rules to each user task as the engine parses a BPMN file. */
    static final class GuardEveryUserTask extends AbstractBpmnParseListener implements BpmnParseListener {

        private final CompletionRules rules;

        GuardEveryUserTask(CompletionRules rules) {
            this.rules = rules;
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            String formId = userTaskElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
            var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> rules.completing(task, formId));
            definition.addTaskListener(TaskListener.EVENTNAME_UPDATE, rules::updating);
        }
    }

    /**
     * The engine wraps whatever a task listener throws; this hands the refusal itself to the caller,
     * so Camunda's REST API answers 400 with the Dutch message and our API can list the fields.
     */
    static final class UnwrapRejection extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                    if (cause instanceof RejectedTaskInput rejected) {
                        throw rejected;
                    }
                }
                throw e;
            }
        }
    }

    /** Camunda's default task grants, plus {@code TASK_ASSIGN} for the person who holds the task. */
    static final class HolderMayGiveBack extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
            AuthorizationEntity[] grants = super.newTaskAssignee(task, oldAssignee, newAssignee);
            if (grants != null) {
                for (AuthorizationEntity grant : grants) {
                    grant.addPermission(TaskPermissions.TASK_ASSIGN);
                }
            }
            return grants;
        }
    }
}
