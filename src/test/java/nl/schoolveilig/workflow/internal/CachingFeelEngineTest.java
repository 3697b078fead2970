package nl.schoolveilig.workflow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine that keeps parsed FEEL decides exactly as Camunda's own: every decision of every DMN file in
 * bpmn/, on the same randomly drawn inputs (each value a literal the file tests for, or one it does not),
 * evaluated twice, so that the second evaluation runs on the kept expressions.
 */
class CachingFeelEngineTest {

    private static final Pattern INPUT = Pattern.compile(
            "<inputExpression[^>]*typeRef=\"([^\"]+)\"><text>([^<]+)</text>");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private final DmnEngine stock = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final DmnEngine caching = cachingEngine();

    static Stream<Path> dmnFiles() throws IOException {
        return Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".dmn")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dmnFiles")
    void decidesEveryDecisionAsTheStockEngineDoes(Path file) throws IOException {
        String xml = Files.readString(file);
        Map<String, String> inputs = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(xml);
        while (input.find()) {
            inputs.put(input.group(2).strip(), input.group(1));
        }
        List<String> literals = new ArrayList<>(new LinkedHashSet<>(QUOTED.matcher(xml).results()
                .map(m -> m.group(1)).filter(s -> s.matches("[A-Z_]+")).toList()));
        literals.add("SOMETHING_ELSE");

        List<DmnDecision> stockDecisions = parse(stock, file);
        List<DmnDecision> cachingDecisions = parse(caching, file);
        assertThat(stockDecisions).isNotEmpty();
        Random random = new Random(20261206);
        int compared = 0;
        for (int draw = 0; draw < 150; draw++) {
            Map<String, Object> variables = new LinkedHashMap<>();
            inputs.forEach((name, type) -> variables.put(name, switch (type) {
                case "boolean" -> random.nextBoolean();
                case "integer" -> random.nextInt(4);
                default -> literals.get(random.nextInt(literals.size()));
            }));
            for (int i = 0; i < stockDecisions.size(); i++) {
                Object expected = stock.evaluateDecision(stockDecisions.get(i), variables).getResultList();
                assertThat(caching.evaluateDecision(cachingDecisions.get(i), variables).getResultList())
                        .as("%s with %s", stockDecisions.get(i).getKey(), variables).isEqualTo(expected);
                assertThat(caching.evaluateDecision(cachingDecisions.get(i), variables).getResultList())
                        .as("%s again with %s", stockDecisions.get(i).getKey(), variables).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(150);
    }

    @Test
    void anExpressionThatCannotBeParsedFailsAsInTheStockEngineEveryTime() {
        CachingFeelEngine engine = new CachingFeelEngine(List.of());
        VariableContext none = Variables.createVariables().asVariableContext();
        String stockMessage = messageOf(() -> new org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine(List.of())
                .evaluateSimpleUnaryTests("> > 3", "x", Variables.createVariables().putValue("x", 1).asVariableContext()));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> engine.evaluateSimpleUnaryTests("> > 3", "x",
                    Variables.createVariables().putValue("x", 1).asVariableContext()))
                    .isInstanceOf(FeelException.class).hasMessage(stockMessage);
            assertThatThrownBy(() -> engine.evaluateSimpleExpression("1 +", none)).isInstanceOf(FeelException.class);
        }
    }

    @Test
    void keptExpressionsAreEvaluatedAgainstEachNewContext() {
        CachingFeelEngine engine = new CachingFeelEngine(List.of());
        Set<Boolean> answers = new LinkedHashSet<>();
        for (int value : new int[] {1, 5, 1, 5}) {
            answers.add(engine.evaluateSimpleUnaryTests(">= 3", "x",
                    Variables.createVariables().putValue("x", value).asVariableContext()));
        }
        assertThat(answers).containsExactly(false, true);
        assertThat((Object) engine.evaluateSimpleExpression("x + 1",
                Variables.createVariables().putValue("x", 41).asVariableContext())).isEqualTo(42L);
    }

    private static String messageOf(Runnable evaluation) {
        try {
            evaluation.run();
        } catch (FeelException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a FeelException");
    }

    private static List<DmnDecision> parse(DmnEngine engine, Path file) throws IOException {
        try (InputStream dmn = Files.newInputStream(file)) {
            return engine.parseDecisions(dmn);
        }
    }

    private static DmnEngine cachingEngine() {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.setFeelEngineFactory(CachingFeelEngine.factory(configuration));
        return configuration.buildEngine();
    }
}
