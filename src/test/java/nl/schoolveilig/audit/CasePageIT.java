package nl.schoolveilig.audit;

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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The case page and its exports: where the case stands in words, the trail in words with its integrity,
 * the diagrams with the path taken, the timeline as CSV and the case as PDF; 404 for whoever may not
 * read the case.
 */
@SharedContextTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasePageIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks tasks;

    String reference;

    @BeforeAll
    void triagedCase() {
        reference = ReportApi.report(http, Reports.cyberbullying("zonnewijzer"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !tasks.openTasks(reference).isEmpty());
        TaskApi.complete(http, "ijansen", tasks.openTasks(reference).get(0).id(), Map.of("severityDecision", "LOW",
                "severityMotivation", "Eenmalig, meteen verwijderd."));
        await().atMost(Duration.ofSeconds(60)).until(() -> tasks.openTasks(reference).stream().map(OpenTask::taskKey)
                .anyMatch(key -> !key.equals("TriageIncident")));
    }

    private ResponseEntity<String> page(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    @Test
    void thePageSaysWhereTheCaseStandsWhoHasItsTasksAndShowsTheTrailInWords() {
        ResponseEntity<String> response = page("ijansen", "/zaken/" + reference);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        String html = response.getBody();
        assertThat(html).contains("Stand van zaken").contains("wacht op ");
        assertThat(html).contains("Melding ontvangen via de API").contains("Veiligheidsvragen beantwoord")
                .contains("Stap vastgelegd: Beoordeel de melding (triage)").contains("Spoor gestart");
        assertThat(html).contains("Inge Jansen").doesNotContain("— ijansen");
        assertThat(html).contains("afwijking van het voorstel").contains("Eenmalig, meteen verwijderd.");
        assertThat(html).contains("Het verloop is volledig en ongewijzigd");
        assertThat(html).contains("/webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js");
    }

    @Test
    void theDiagramsCarryThePathTheCaseTookAndTheirXml() {
        JsonNode diagrams = http.withBasicAuth("ijansen", "demo").getForObject("/zaken/" + reference + "/diagrammen",
                JsonNode.class);

        JsonNode main = diagrams.get(0);
        assertThat(main.get("passed").toString()).contains("IncidentReported", "SuggestSafetyAnswers", "Triage");
        assertThat(diagrams.toString()).contains("TriageIncident");
        String xml = page("ijansen", main.get("xml").asText()).getBody();
        assertThat(xml).contains("<bpmn:process id=\"incident-handling\"");
        assertThat(page("ijansen", "/zaken/" + reference + "/diagram?process=data-breach:1:x").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anotherBoardsPeopleGet404OnThePageItsDiagramsAndItsExports() {
        for (String path : List.of("", "/diagrammen", "/tijdlijn.csv", "/pdf")) {
            assertThat(page("fdejong", "/zaken/" + reference + path).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(page("cwillems", "/zaken/" + reference + path).getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(page("jvermeulen", "/zaken/" + reference).getStatusCode()).as("open case, own board's auditor")
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theTimelineCsvHasARowPerTrailEntryWithItsHash() throws Exception {
        ResponseEntity<byte[]> response = http.withBasicAuth("ijansen", "demo")
                .getForEntity("/zaken/" + reference + "/tijdlijn.csv", byte[].class);
        String text = new String(response.getBody(), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVParser.parse(text, CSVFormat.RFC4180).getRecords();
        JsonNode verification = http.withBasicAuth("ijansen", "demo").getForObject(
                "/api/audit/cases/" + reference + "/verify", JsonNode.class);

        assertThat(rows.get(0).get(0)).isEqualTo("Regel");
        assertThat(rows).hasSize(verification.get("entries").asInt() + 1);
        assertThat(rows.get(1).get(2)).isEqualTo("REPORTED");
        assertThat(rows.get(1).get(7)).hasSize(64);
    }

    @Test
    void thePdfIsTheCaseFileForTheBoard() throws Exception {
        ResponseEntity<byte[]> response = http.withBasicAuth("ksmit", "demo")
                .getForEntity("/zaken/" + reference + "/pdf", byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Zaak " + reference).contains("Stand van zaken").contains("Tijdlijn")
                    .contains("Melding ontvangen via de API");
            // The board member has no task on the case: no names of the people in it.
            assertThat(text).doesNotContain("Victim Name").doesNotContain("Offender Name");
        }
    }
}
