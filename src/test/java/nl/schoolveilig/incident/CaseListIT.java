package nl.schoolveilig.incident;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.support.TaskApi;
import nl.schoolveilig.workflow.CaseTasks;
import nl.schoolveilig.workflow.OpenTask;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /api/cases}: everyone finds the cases they may see and no other, with search, filters,
 * sort, pages and CSV, from what the case record keeps (open tasks, severity, who was involved).
 */
@SharedContextTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseListIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks tasks;

    String open;
    String closed;
    String otherSchool;
    String otherBoard;
    String marker;

    @BeforeAll
    void cases() {
        marker = "lijsttest-" + System.nanoTime();
        Map<String, Object> report = Reports.with(Reports.cyberbullying("zonnewijzer"), "description",
                "Filmpje in de groepsapp " + marker);
        open = ReportApi.report(http, report);
        closed = ReportApi.report(http, Reports.with(Reports.report("zonnewijzer", "OTHER", "EXTERNAL", "NONE"),
                "description", "Ruzie buiten school " + marker));
        otherSchool = ReportApi.report(http, Reports.with(Reports.cyberbullying("regenboog"), "description",
                "Andere school " + marker));
        otherBoard = ReportApi.report(http, Reports.with(Reports.cyberbullying("vlinderbos"), "description",
                "Ander bestuur " + marker));
        for (String reference : List.of(open, closed, otherSchool, otherBoard)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> !tasks.openTasks(reference).isEmpty());
        }
        String triage = tasks.openTasks(closed).get(0).id();
        assertThat(TaskApi.complete(http, "ijansen", triage, Map.of("schoolInvolvedDecision", false,
                "schoolInvolvedMotivation", "Buiten school.", "adviceToReporter", "Meld het bij het platform."))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(60)).until(() -> references("ijansen", "status=closed&q=" + marker).contains(closed));
    }

    private JsonNode list(String user, String query) {
        return http.withBasicAuth(user, "demo").getForObject("/api/cases?" + query, JsonNode.class);
    }

    private List<String> references(String user, String query) {
        return list(user, query).get("cases").findValuesAsText("reference");
    }

    @Test
    void theSchoolLeaderFindsTheOwnSchoolsCasesOpenAndClosedAndNoOther() {
        assertThat(references("ijansen", "q=" + marker)).containsExactlyInAnyOrder(open, closed);
    }

    @Test
    void theBoardMemberFindsTheBoardsCasesAndNotAnotherBoards() {
        assertThat(references("ksmit", "q=" + marker)).containsExactlyInAnyOrder(open, closed, otherSchool);
        assertThat(references("fdejong", "q=" + marker)).containsExactly(otherBoard);
    }

    @Test
    void theAuditorFindsOnlyClosedCasesOfTheOwnBoard() {
        assertThat(references("jvermeulen", "q=" + marker)).containsExactly(closed);
        assertThat(references("cwillems", "q=" + marker)).isEmpty();
    }

    @Test
    void aRoleHolderFindsOnlyCasesWithATaskOfTheirs() {
        assertThat(references("mbakker", "q=" + marker)).isEmpty();
        assertThat(references("tmeijer", "q=" + marker)).isEmpty();
    }

    @Test
    void statusSaysWhetherSomeoneHasWorkOnTheCaseAndFiltersOnIt() {
        JsonNode row = list("ijansen", "q=" + open).get("cases").get(0);

        assertThat(row.get("status").asText()).isEqualTo("OPEN");
        assertThat(row.get("openTasks").asInt()).isEqualTo(1);
        assertThat(row.get("severity").asText()).isNotBlank();
        assertThat(references("ijansen", "status=open&q=" + marker)).containsExactly(open);
        assertThat(references("ijansen", "status=closed&q=" + marker)).containsExactly(closed);
        assertThat(references("ijansen", "status=waiting&q=" + marker)).isEmpty();
        assertThat(list("ijansen", "q=" + closed).at("/cases/0/outcome").asText()).isEqualTo("NOT_INVOLVED");
        assertThat(references("ijansen", "outcome=not_involved&q=" + marker)).containsExactly(closed);
    }

    @Test
    void filtersOnSchoolCategorySeverityAndPeriod() {
        String severity = list("ksmit", "q=" + open).at("/cases/0/severity").asText();

        assertThat(references("ksmit", "school=regenboog&q=" + marker)).containsExactly(otherSchool);
        assertThat(references("ksmit", "category=other&q=" + marker)).containsExactly(closed);
        assertThat(references("ksmit", "severity=" + severity + "&category=cyberbullying&q=" + marker))
                .containsExactlyInAnyOrder(open, otherSchool);
        assertThat(references("ksmit", "from=2000-01-01&to=2000-12-31&q=" + marker)).isEmpty();
        assertThat(references("ksmit", "police=true&q=" + marker)).isEmpty();
        assertThat(references("ksmit", "police=false&press=false&breachNotified=false&deadlineMissed=false&q=" + marker))
                .hasSize(3);
    }

    @Test
    void theSchoolFilterDoesNotOpenAnotherSchoolToTheLeader() {
        assertThat(references("ijansen", "school=regenboog&q=" + marker)).isEmpty();
        assertThat(references("ijansen", "school=vlinderbos&q=" + marker)).isEmpty();
    }

    @Test
    void sortsAndPages() {
        JsonNode first = list("ksmit", "q=" + marker + "&sort=reference&size=2");
        JsonNode second = list("ksmit", "q=" + marker + "&sort=reference&size=2&page=2");

        assertThat(first.get("total").asInt()).isEqualTo(3);
        assertThat(first.get("pages").asInt()).isEqualTo(2);
        assertThat(first.get("cases").findValuesAsText("reference")).containsExactly(
                List.of(open, closed, otherSchool).stream().sorted().limit(2).toArray(String[]::new));
        assertThat(second.get("cases").findValuesAsText("reference")).containsExactly(
                List.of(open, closed, otherSchool).stream().sorted().skip(2).toArray(String[]::new));
        assertThat(references("ksmit", "q=" + marker + "&sort=-reference")).containsExactly(
                List.of(open, closed, otherSchool).stream().sorted(java.util.Comparator.reverseOrder()).toArray(String[]::new));
    }

    @Test
    void aQuestionThatCannotBeReadIsA400NamingEveryParameter() {
        ResponseEntity<JsonNode> response = http.withBasicAuth("ijansen", "demo").getForEntity(
                "/api/cases?status=ergens&from=gisteren&size=5000&sort=kleur&police=misschien", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("status", "from", "size", "sort", "police");
    }

    @Test
    void searchTreatsWildcardsAsText() {
        assertThat(references("ksmit", "q=%25")).doesNotContain(open);
        assertThat(references("ksmit", "q=_")).doesNotContain(open);
    }

    @Test
    void theCsvHoldsEveryMatchingCaseInDutch() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        ResponseEntity<byte[]> response = http.withBasicAuth("ksmit", "demo").exchange("/api/cases?sort=reference&q=" + marker,
                HttpMethod.GET, new HttpEntity<>(headers), byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        String text = new String(response.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVParser.parse(text.substring(1), CSVFormat.RFC4180).getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("Kenmerk");
        assertThat(records).hasSize(4);
        assertThat(records.subList(1, 4).stream().map(r -> r.get(0)))
                .containsExactly(List.of(open, closed, otherSchool).stream().sorted().toArray(String[]::new));
        assertThat(text).contains("Cyberpesten").doesNotContain("Offender Name").doesNotContain("Victim Name");
    }

    @Test
    void aFormulaInADescriptionIsWrittenAsText() {
        assertThat(nl.schoolveilig.web.CsvCells.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(nl.schoolveilig.web.CsvCells.text("Gewoon")).isEqualTo("Gewoon");
    }

    @Test
    void theListCarriesNoNames() {
        assertThat(list("ksmit", "q=" + marker).toString()).doesNotContain("Offender Name").doesNotContain("Victim Name")
                .doesNotContain("ouder@example.org");
    }

    @Test
    void aRoleHolderGivenATaskFindsTheCaseAndKeepsFindingItAfterwards() {
        String own = "taaktest-" + System.nanoTime();
        String reference = ReportApi.report(http, Reports.with(Reports.cyberbullying("zonnewijzer"), "description",
                "Filmpje online " + own));
        await().atMost(Duration.ofSeconds(60)).until(() -> !tasks.openTasks(reference).isEmpty());
        assertThat(references("mbakker", "q=" + own)).isEmpty();

        TaskApi.complete(http, "ijansen", tasks.openTasks(reference).get(0).id(), Map.of("contentRemovalDecision", true));
        await().atMost(Duration.ofSeconds(60)).until(() -> tasks.openTasks(reference).stream()
                .map(OpenTask::taskKey).anyMatch("RemoveContent"::equals));

        assertThat(references("mbakker", "q=" + own)).containsExactly(reference);
        assertThat(references("rvisser", "q=" + own)).isEmpty();
    }
}
