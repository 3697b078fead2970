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
            if (type == null || !type.getPackageName().equals("nl.schoolveilig.workflow")
                    || !hasPublicMethod(type, call.group(2), arguments)) {
                unresolved.add(call.group());
            }
        }
        Matcher delegate = DELEGATE.matcher(xml);
        while (delegate.find()) {
            Class<?> type = BEANS.get(delegate.group(1));
            if (type == null || !JavaDelegate.class.isAssignableFrom(type) || !type.getPackageName().equals("nl.schoolveilig.workflow")) {
                unresolved.add(delegate.group());
            }
        }
        assertThat(unresolved).as(file + ": expressions without a workflow bean to answer them").isEmpty();
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
