package nl.schoolveilig.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolveilig.support.SharedContextTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logs are read by operators and log services that may not see personal data: after the integration suite's
 * scenarios ran in the shared application (every report, request, login, task, mail and refusal they make),
 * its whole log is scanned for the demo people's names and e-mail addresses (demo/mensen.csv), the pupils' names, and what the
 * tests' reports say (descriptions, the names in them, the reporter's address). Runs in the step after the
 * shared application's ({@code own-jvm}), so that log is complete.
 */
@Tag("own-jvm")
class LogsWithoutPersonalDataIT {

    /** What every test report carries (support/Reports) and nothing else in the application says. */
    private static final List<String> REPORT_TEXTS = List.of("Test report ", "Offender Name", "Victim Name",
            "Reporter Name", "ouder@example.org");

    @Test
    void theSharedApplicationsLogNamesNobodyAndQuotesNoReport() throws IOException {
        Path log = newestSharedContextLog();
        Set<String> personalData = personalData();

        List<String> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int number = 0; number < lines.size(); number++) {
            String line = lines.get(number).toLowerCase(Locale.ROOT);
            for (String value : personalData) {
                if (line.contains(value.toLowerCase(Locale.ROOT))) {
                    found.add("line " + (number + 1) + " names \"" + value + "\": " + abbreviated(lines.get(number)));
                }
            }
        }

        assertThat(lines).as("the suite's scenarios ran and logged").hasSizeGreaterThan(100);
        assertThat(found).as("personal data in " + log).isEmpty();
    }

    /** The log of the latest start of the shared application: the one of this run of the suite. */
    private static Path newestSharedContextLog() throws IOException {
        Path directory = Path.of(SharedContextTest.LOG_DIRECTORY);
        assertThat(directory).as("the shared application's logs: run the integration tests first (./mvnw verify)").isDirectory();
        try (var logs = Files.list(directory)) {
            return logs.filter(file -> file.getFileName().toString().startsWith("shared-context-"))
                    .max(java.util.Comparator.comparing(file -> file.toFile().lastModified()))
                    .orElseThrow(() -> new AssertionError("No log of the shared application in " + directory));
        }
    }

    private static Set<String> personalData() throws IOException {
        JsonNode directory;
        try (InputStream demo = LogsWithoutPersonalDataIT.class.getResourceAsStream("/demo/directory.json")) {
            directory = new ObjectMapper().readTree(demo);
        }
        Set<String> values = new LinkedHashSet<>(REPORT_TEXTS);
        try (InputStream people = LogsWithoutPersonalDataIT.class.getResourceAsStream("/demo/mensen.csv")) {
            new String(people.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).forEach(row -> {
                String[] cells = row.split(";");
                values.add(cells[1]);
                values.add(cells[2]);
            });
        }
        directory.get("groups").forEach(group -> group.get("pupils").forEach(pupil ->
                values.add(pupil.get("name").asText())));
        return values;
    }

    private static String abbreviated(String line) {
        return line.length() <= 300 ? line : line.substring(0, 300) + " …";
    }
}
