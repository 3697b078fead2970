package nl.schoolveilig.tasks.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The process variables written in one engine command, as the engine's own history events report
 * them, so the completion check knows exactly what a person submitted with a task, whatever the path
 * (our API, Tasklist's submit-form, {@code /engine-rest/task/{id}/complete}). One per command
 * (a Camunda session). Writes after a checked completion are the process going on and are not
 * collected. A command of a logged-in person who is not an engine administrator may write variables
 * only by completing a task through that check: anything else (bpmnError, resolve, escalation, a
 * message with variables) is refused before the command's changes are written, so it rolls back.
 */
final class VariableWrites implements Session {

    private final Map<String, Set<String>> namesByProcessInstance = new HashMap<>();
    private final MessageSource messages;
    private boolean completionChecked;
    private boolean commandDone;

    private VariableWrites(MessageSource messages) {
        this.messages = messages;
    }

    static VariableWrites current() {
        return Context.getCommandContext().getSession(VariableWrites.class);
    }

    private void written(String processInstanceId, String name) {
        // After the command itself, the engine only writes back objects that were read (implicit updates).
        if (completionChecked || commandDone || processInstanceId == null) {
            return;
        }
        namesByProcessInstance.computeIfAbsent(processInstanceId, id -> new TreeSet<>()).add(name);
    }

    /** What this command wrote for the process instance so far; from now on writes are the engine's. */
    Set<String> submittedTo(String processInstanceId) {
        completionChecked = true;
        return namesByProcessInstance.getOrDefault(processInstanceId, Set.of());
    }

    /** Runs when the command has done its work and its changes are about to be written. */
    @Override
    public void flush() {
        CommandContext command = Context.getCommandContext();
        if (!completionChecked && !namesByProcessInstance.isEmpty() && isRestricted(command.getAuthentication())) {
            Set<String> names = new TreeSet<>();
            namesByProcessInstance.values().forEach(names::addAll);
            throw new RejectedTaskInput(messages.getMessage("task.rejected.notThroughCompletion",
                    new Object[] {String.join(", ", names)}, LocaleContextHolder.getLocale()), List.of());
        }
    }

    /** A person logged in to Tasklist or the engine REST API who does not administer the engine. */
    static boolean isRestricted(Authentication authentication) {
        return authentication != null && authentication.getUserId() != null
                && (authentication.getGroupIds() == null || !authentication.getGroupIds().contains(Groups.CAMUNDA_ADMIN));
    }

    @Override
    public void close() {
    }

    /** Opens a {@link VariableWrites} for each command that asks for one. */
    static final class Factory implements SessionFactory {

        private final MessageSource messages;

        Factory(MessageSource messages) {
            this.messages = messages;
        }

        @Override
        public Class<?> getSessionType() {
            return VariableWrites.class;
        }

        @Override
        public Session openSession() {
            return new VariableWrites(messages);
        }
    }

    /**
     * Marks the end of a command's own work; placed inside the command context, before it closes.
     * Engine calls made from within a command (by a delegate) pass here too, so only the outermost counts.
     */
    static final class CommandDone extends CommandInterceptor {

        private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

        @Override
        public <T> T execute(Command<T> command) {
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                T result = next.execute(command);
                if (depth[0] == 1) {
                    Context.getCommandContext().getSession(VariableWrites.class).commandDone = true;
                }
                return result;
            } finally {
                depth[0]--;
            }
        }
    }

    /** Hears every variable the engine creates or updates (with history on, each write is an event). */
    static final class Recorder implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (event instanceof HistoricVariableUpdateEventEntity variable && Context.getCommandContext() != null
                    && ("create".equals(variable.getEventType()) || "update".equals(variable.getEventType()))) {
                Context.getCommandContext().getSession(VariableWrites.class)
                        .written(variable.getProcessInstanceId(), variable.getVariableName());
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
