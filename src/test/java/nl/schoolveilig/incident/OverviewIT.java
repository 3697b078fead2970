package nl.schoolveilig.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.support.TaskApi;
import nl.schoolveilig.workflow.CaseTasks;
import nl.schoolveilig.workflow.OpenTask;
import org.camunda.bpm.engine.TaskService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The board overview counts what the case list would show, per school, and every number links to
 * the list filtered to exactly those cases: an overdue task, a case waiting on its aftercare check.
 */
@SharedContextTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks tasks;
    @Autowired
    TaskService taskService;

    String overdue;
    String waiting;

    @BeforeAll
    void cases() {
        overdue = ReportApi.report(http, Reports.cyberbullying("regenboog"));
        waiting = ReportApi.report(http, Reports.cyberbullying("regenboog"));
        String triage = awaitTask(overdue, "TriageIncident");
        // An administrator moves the due date (as Tasklist can): the case record follows the engine.
        taskService.setDueDate(triage, Date.from(Instant.now().minus(Duration.ofDays(1))));

        TaskApi.complete(http, "pdevries", awaitTask(waiting, "TriageIncident"), Map.of("informParentsDecision", false,
                "informParentsMotivation", "Afgehandeld in de klas.", "contentRemovalDecision", false,
                "contentRemovalMotivation", "Al verwijderd door de leerling."));
        String talk = awaitTask(waiting, "TalkWithVictim");
        TaskApi.claim(http, "pdevries", talk);
        assertThat(TaskApi.complete(http, "pdevries", talk, Map.of("victimConversationOn", LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString(),
                "confidentialAdvisorOffered", "YES", "victimConversationNote", "Gesprek gevoerd.")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(60)).until(() -> tasks.openTasks(waiting).isEmpty());
    }

    private String awaitTask(String reference, String key) {
        await().atMost(Duration.ofSeconds(60)).until(() -> tasks.openTasks(reference).stream().map(OpenTask::taskKey)
                .anyMatch(key::equals));
        return tasks.openTasks(reference).stream().filter(t -> t.taskKey().equals(key)).findFirst().orElseThrow().id();
    }

    private Document page(String user, String path) {
        return Jsoup.parse(http.withBasicAuth(user, "demo").getForObject(path, String.class));
    }

    private List<String> listed(String user, String link) {
        String api = "/api/cases" + link.substring(link.indexOf('?')) + "&size=200";
        JsonNode list = http.withBasicAuth(user, "demo").getForObject(api, JsonNode.class);
        return list.get("cases").findValuesAsText("reference");
    }

    private Element row(Document overview, String schoolName) {
        return overview.select("table.overview tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().contains(schoolName)).findFirst().orElseThrow();
    }

    @Test
    void theBoardSeesEachOfItsSchoolsAndNoOtherBoards() {
        Document overview = page("ksmit", "/overzicht");

        assertThat(overview.select("table.overview tbody th").eachText())
                .anyMatch(t -> t.contains("OBS De Regenboog")).anyMatch(t -> t.contains("De Zonnewijzer"))
                .noneMatch(t -> t.contains("Vlinderbos"));
    }

    @Test
    void anOverdueTaskIsCountedAndItsNumberLinksToTheCasesWithOne() {
        Element overdueCell = row(page("ksmit", "/overzicht"), "OBS De Regenboog").select("td").get(5);
        String link = overdueCell.selectFirst("a").attr("href");

        assertThat(Integer.parseInt(overdueCell.selectFirst("a").text())).isPositive();
        assertThat(link).contains("school=regenboog").contains("overdue=true");
        assertThat(listed("ksmit", link)).contains(overdue).doesNotContain(waiting);
    }

    @Test
    void aCaseWaitingOnItsAftercareCheckShowsUntilWhenAndLinksToTheWaitingCases() {
        Element waitingCell = row(page("ksmit", "/overzicht"), "OBS De Regenboog").select("td").get(7);
        String link = waitingCell.selectFirst("a").attr("href");

        assertThat(waitingCell.text()).contains(waiting).contains("Ga na hoe het met het slachtoffer gaat");
        assertThat(listed("ksmit", link)).contains(waiting).doesNotContain(overdue);
    }

    @Test
    void theCasePageSaysWhatTheCaseWaitsForAndUntilWhen() {
        String standing = page("pdevries", "/zaken/" + waiting).selectFirst("#standing").text();

        assertThat(standing).contains("wacht tot").contains("Nazorgtermijn om")
                .contains("daarna: Ga na hoe het met het slachtoffer gaat (nazorg)");
        assertThat(page("pdevries", "/zaken/" + waiting).select("#timeline li").eachText())
                .anyMatch(t -> t.contains("Spoor gestart: Zorg voor het slachtoffer"));
    }

    @Test
    void aSeverityNumberLinksToTheNotClosedCasesOfThatSeverity() {
        Element line = row(page("ksmit", "/overzicht"), "OBS De Regenboog");
        Element severity = line.select("td a[href*=severity]").first();

        assertThat(severity).as(line.outerHtml()).isNotNull();
        List<String> cases = listed("ksmit", severity.attr("href"));
        assertThat(cases).hasSize(Integer.parseInt(severity.text()));
    }
}
