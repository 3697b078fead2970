package nl.schoolveilig.workflow;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BPMN files are a dependency graph the compiler does not see: every bean an expression names must
 * be a bean of the workflow feature with a public method of that name and number of arguments (or a
 * JavaDelegate where the file delegates to it). Checked for the files deployed now and for the first
 * single-process version, whose running cases still call the same beans.
 */
class ProcessExpressionsTest {

    private static final Pattern CALL = Pattern.compile("\\b([a-z][A-Za-z]*)\\.([a-zA-Z]+)\\(([^()]*(\\([^()]*\\))?[^()]*)\\)");
    private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{([a-zA-Z]+)}\"");
    private static final Map<String, Class<?>> BEANS = beans();

    static Stream<Path> files() throws Exception {
        return Stream.concat(Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn")),
                Stream.of(Path.of("src/test/resources/legacy/incident-handling-single-process.bpmn"))).sorted();
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyBeanAnExpressionCallsIsAWorkflowBeanWithThatMethod(Path file) throws Exception {
        String xml = Files.readString(file);
        List<String> unresolved = new ArrayList<>();
        Matcher call = CALL.matcher(xml);
        while (call.find()) {
            String bean = call.group(1);
            if (bean.equals("execution") || bean.equals("task") || bean.equals("sanction")) {
                continue;
            }
            int arguments = call.group(3).isBlank() ? 0 : splitArguments(call.group(3));
            Class<?> type = BEANS.get(bean);
            if (type == null || !processBean(type) || !hasPublicMethod(type, call.group(2), arguments)) {
                unresolved.add(call.group());
            }
        }
        Matcher delegate = DELEGATE.matcher(xml);
        while (delegate.find()) {
            Class<?> type = BEANS.get(delegate.group(1));
            if (type == null || !JavaDelegate.class.isAssignableFrom(type) || !type.getPackageName().startsWith("nl.schoolveilig.workflow")) {
                unresolved.add(delegate.group());
            }
        }
        assertThat(unresolved).as(file + ": expressions without a workflow bean to answer them").isEmpty();
    }

    /** The beans of the workflow feature, and the requests feature's routing for its own processes. */
    private static boolean processBean(Class<?> type) {
        return type.getPackageName().startsWith("nl.schoolveilig.workflow") || type.getPackageName().equals("nl.schoolveilig.requests");
    }

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.'\\w])([a-zA-Z_]\\w*)(?!\\w*\\s*\\()");
    private static final java.util.Set<String> EL = java.util.Set.of("and", "or", "not", "true", "false", "null",
            "empty", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task");

    /**
     * Every variable a condition or expression reads is one the application knows: a case variable
     * ({@code CaseVariables}), a triage question's, a fact of the report, a field of a task form, or a
     * multi-instance element variable of the file.
     */
    @ParameterizedTest
    @MethodSource("files")
    void everyVariableAnExpressionReadsIsACaseVariableAFactOrAFormField(Path file) throws Exception {
        java.util.Set<String> known = knownVariables();
        String xml = Files.readString(file);
        Matcher elements = Pattern.compile("camunda:elementVariable=\"(\\w+)\"").matcher(xml);
        while (elements.find()) {
            known.add(elements.group(1));
        }
        java.util.Set<String> unknown = new java.util.TreeSet<>();
        Matcher expression = EXPRESSION.matcher(xml);
        while (expression.find()) {
            String body = expression.group(1).replaceAll("'[^']*'", "''");
            Matcher identifier = IDENTIFIER.matcher(body);
            while (identifier.find()) {
                String name = identifier.group(1);
                if (!EL.contains(name) && !BEANS.containsKey(name) && !known.contains(name)) {
                    unknown.add(name);
                }
            }
        }
        assertThat(unknown).as(file + ": variables nobody defines").isEmpty();
    }

    private static java.util.Set<String> knownVariables() throws Exception {
        java.util.Set<String> known = new java.util.HashSet<>();
        for (var field : nl.schoolveilig.workflow.internal.CaseVariables.class.getFields()) {
            known.add(((nl.schoolveilig.workflow.internal.CaseVariable<?>) field.get(null)).name());
        }
        for (String question : nl.schoolveilig.workflow.internal.TriageQuestions.ALL) {
            known.add(nl.schoolveilig.workflow.internal.TriageQuestions.suggested(question));
            known.add(nl.schoolveilig.workflow.internal.TriageQuestions.decision(question));
            known.add(nl.schoolveilig.workflow.internal.TriageQuestions.motivation(question));
        }
        for (nl.schoolveilig.incident.Fact fact : nl.schoolveilig.incident.Fact.values()) {
            known.add(fact.variable());
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (Stream<Path> forms = Files.list(Path.of("bpmn/forms"))) {
            for (Path form : forms.toList()) {
                json.readTree(form.toFile()).path("components").forEach(c -> {
                    if (c.hasNonNull("key")) {
                        known.add(c.get("key").asText());
                    }
                });
            }
        }
        return known;
    }

    private static int splitArguments(String arguments) {
        int depth = 0;
        int count = 1;
        for (char c : arguments.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                count++;
            }
        }
        return count;
    }

    private static boolean hasPublicMethod(Class<?> type, String name, int arguments) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == arguments
                    && Modifier.isPublic(method.getModifiers()) && Modifier.isPublic(type.getModifiers())) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Class<?>> beans() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        var names = new AnnotationBeanNameGenerator();
        Map<String, Class<?>> beans = new HashMap<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("nl.schoolveilig")) {
            try {
                beans.put(names.generateBeanName(definition, new org.springframework.beans.factory.support.DefaultListableBeanFactory()),
                        Class.forName(definition.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return beans;
    }
}
