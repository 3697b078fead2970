package nl.schoolveilig.workflow.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import camundajar.impl.scala.util.Either;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL engine, keeping each expression once parsed. The stock engine parses every input
 * expression and input entry again on every evaluation (camunda/feel-scala#1149): with the triage
 * policy's 13 decisions that parsing was the largest single cost of a case's start (async-profiler,
 * docs/benchmarks.md). Evaluation is unchanged: the same FEEL engine, value mappers and functions
 * evaluate the kept expression against the same context the stock engine builds.
 *
 * <p>The expressions are the texts of the deployed decisions, so the cache is bounded by what is
 * deployed; it is emptied if it ever grows past {@value #MAX_EXPRESSIONS}.
 */
final class CachingFeelEngine extends ScalaFeelEngine {

    static final int MAX_EXPRESSIONS = 10_000;
    private static final String INPUT_VARIABLE = "inputVariableName";

    private final Map<String, Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression>> expressions =
            new ConcurrentHashMap<>();
    private final Map<String, Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression>> unaryTests =
            new ConcurrentHashMap<>();

    CachingFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
        super(functionProviders);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
        ParsedExpression parsed = parsed(expressions, expression, true);
        return (T) value(feelEngine.eval(parsed, context(new ContextVariableWrapper(variables))));
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
        ParsedExpression parsed = parsed(unaryTests, expression, false);
        VariableProvider input = new VariableProvider.StaticVariableProvider(
                new camundajar.impl.scala.collection.immutable.Map.Map1<>(INPUT_VARIABLE, inputVariable));
        VariableProvider both = new VariableProvider.CompositeVariableProvider(
                toScalaList(input, new ContextVariableWrapper(variables)));
        return (Boolean) value(feelEngine.eval(parsed, context(both)));
    }

    private ParsedExpression parsed(Map<String, Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression>> cache,
            String expression, boolean isExpression) {
        if (cache.size() > MAX_EXPRESSIONS) {
            cache.clear();
        }
        Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression> parsed = cache.computeIfAbsent(expression,
                text -> isExpression ? feelEngine.parseExpression(text) : feelEngine.parseUnaryTests(text));
        return (ParsedExpression) value(parsed);
    }

    private static Object value(Either<org.camunda.feel.FeelEngine.Failure, ?> result) {
        if (result.isRight()) {
            return result.toOption().get();
        }
        throw LOGGER.evaluationException(result.swap().toOption().get().message());
    }

    private static Context context(VariableProvider variables) {
        return new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return variables;
            }
        };
    }

    /**
     * A factory for the given DMN configuration: it creates the engine when the configuration is built,
     * with the custom functions the configuration has by then.
     */
    static FeelEngineFactory factory(DefaultDmnEngineConfiguration dmn) {
        return () -> new CachingFeelEngine(dmn.getFeelCustomFunctionProviders() == null ? List.of()
                : dmn.getFeelCustomFunctionProviders());
    }
}
