package nl.schoolveilig.workflow.internal;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable of a case, by name and type; read and written only through {@link CaseVariables}.
 * Variables carry what people entered and what the policy answered; they never decide who may do what
 * or which board's policy applies (that comes from the case record, {@link CaseFile}).
 */
public record CaseVariable<T>(String name, Class<T> type) {

    public T from(VariableScope scope) {
        Object value = scope.getVariable(name);
        if (value != null && !type.isInstance(value)) {
            throw new IllegalStateException("Process variable " + name + " is a " + value.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    /** For the yes/no choices of the forms ({@code YES} or {@code NO}). */
    public boolean isYes(VariableScope scope) {
        return "YES".equals(scope.getVariable(name));
    }
}
