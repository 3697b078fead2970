package nl.schoolveilig.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every diagram in bpmn/ is readable by the team's rules (docs/decisions.md, "Readable diagrams"). */
class BpmnReadabilityTest {

    static Stream<Path> diagrams() throws Exception {
        return Files.list(Path.of("bpmn")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void diagramHasNoOverlapsCrossingsExpressionsInNamesOrTooManyElements(Path diagram) throws Exception {
        assertThat(BpmnLint.check(diagram)).as(diagram.toString()).isEmpty();
    }

    @Test
    void theRulesFindWhatTheFirstSingleProcessVersionGotWrong() throws Exception {
        List<String> problems = BpmnLint.check(Path.of("src/test/resources/legacy/incident-handling-single-process.bpmn"));

        assertThat(problems).anyMatch(p -> p.startsWith("size: process incident-handling"))
                .anyMatch(p -> p.startsWith("expression: InformParents"))
                .anyMatch(p -> p.startsWith("crossing: flow Flow_NoInternalMeasure"))
                .anyMatch(p -> p.startsWith("label: the labels of Flow_Reportable and Flow_HighRisk"))
                .hasSize(49);
    }
}
