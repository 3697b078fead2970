package nl.schoolveilig.incident;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who took part is read off the steps that record the contact: those steps exist, and a declined police report is no contact. */
class InvolvementTest {

    @Test
    void everyStepThatRecordsAContactIsAUserTaskInTheBpmn() throws IOException {
        String bpmn;
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            bpmn = files.filter(f -> f.toString().endsWith(".bpmn")).map(InvolvementTest::read).collect(Collectors.joining());
        }
        String all = bpmn;
        assertThat(Involvement.taskKeys()).allMatch(key -> all.contains("<bpmn:userTask id=\"" + key + "\""));
    }

    @Test
    void aPoliceReportCountsOnlyWhenItWasMade() {
        assertThat(Involvement.recordedBy("RecordPoliceReport", Map.of("policeOutcome", "REPORTED"))).contains(Involvement.POLICE);
        assertThat(Involvement.recordedBy("RecordPoliceReport", Map.of("policeOutcome", "VICTIM_DECLINED"))).isEmpty();
        assertThat(Involvement.recordedBy("NotifyAuthority", Map.of())).contains(Involvement.DATA_PROTECTION_AUTHORITY);
        assertThat(Involvement.recordedBy("TriageIncident", Map.of())).isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
