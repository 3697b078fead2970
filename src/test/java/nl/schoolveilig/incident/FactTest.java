package nl.schoolveilig.incident;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A fact is one constant, its input in each board's triage policy and its label in each language. */
class FactTest {

    @ParameterizedTest
    @EnumSource(Fact.class)
    void everyFactIsAnInputOfEveryBoardsTriagePolicyAndHasALabelInEveryLanguage(Fact fact) throws Exception {
        List<Path> policies;
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            policies = files.filter(p -> p.getFileName().toString().startsWith("incident-triage-")).toList();
        }
        assertThat(policies).isNotEmpty();
        for (Path policy : policies) {
            assertThat(Files.readString(policy)).as(policy.toString()).contains("<text>" + fact.variable() + "</text>");
        }
        for (String messages : List.of("/i18n/messages.properties", "/i18n/messages_en.properties")) {
            Properties labels = new Properties();
            try (InputStream in = getClass().getResourceAsStream(messages)) {
                labels.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(labels.getProperty("report.field.facts." + fact.variable())).as(messages).isNotBlank();
        }
    }

    @Test
    void aFactIsNamedInCamelCaseEverywhereOutsideJava() {
        assertThat(Fact.THREAT_OF_VIOLENCE.variable()).isEqualTo("threatOfViolence");
        assertThat(Fact.ofVariable("sexualImagesOfMinors")).contains(Fact.SEXUAL_IMAGES_OF_MINORS);
        assertThat(Fact.ofVariable("THREAT_OF_VIOLENCE")).isEmpty();
    }

    @Test
    void theTriagePolicyReadsEveryFactTrueOrFalse() {
        Map<String, Boolean> variables = Fact.asVariables(EnumSet.of(Fact.CONTENT_ONLINE));

        assertThat(variables).hasSize(Fact.values().length).containsEntry("contentOnline", true)
                .containsEntry("accountHacked", false);
    }

    @Test
    void onlyTickedFactsCountAndAnUnknownOneIsRefused() {
        assertThat(Fact.ticked(Map.of("contentOnline", true, "mediaAttention", false))).containsExactly(Fact.CONTENT_ONLINE);
        assertThat(Fact.ticked(null)).isEmpty();
        assertThatThrownBy(() -> Fact.ticked(Map.of("moonPhase", true))).isInstanceOf(IllegalArgumentException.class);
    }
}
