package nl.schoolveilig.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolveilig.support.Browser;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.workflow.CaseTasks;
import nl.schoolveilig.workflow.OpenTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Camunda Tasklist in headless Chromium (Dutch): a school leader claims and completes the triage
 * there, through the same checked completion as everywhere; a submission tampered with in the
 * browser is refused with a message a person can read.
 */
@SharedContextTest
class TasklistBrowserIT {

    private static final By CLAIM = By.cssSelector("button.claim");
    private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks workflow;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aLeaderClaimsAndCompletesTheTriageInTasklistAndTheCaseRecordsTheStep() {
        Case c = reportAndAwaitTriage();
        browser = Browser.start("nl-NL");
        logIn("ijansen");

        openInTasklist(c.task);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30)).until(
                d -> d.findElement(By.tagName("body")).getText().contains("Zaak: " + c.reference));
        assertThat(browser.findElement(By.tagName("body")).getText()).as("the form shows the case")
                .contains("Basisschool De Zonnewijzer · Cyberpesten");
        click(CLAIM);
        assertThat(browser.findElement(CLAIM).getText()).as("Tasklist speaks Dutch").isEqualTo("Taak claimen");
        waitFor(By.cssSelector("button[ng-click='complete()']:not([disabled])"));
        click(COMPLETE);

        await().atMost(Duration.ofSeconds(30)).until(() -> workflow.openTasks(c.reference).stream()
                .noneMatch(t -> t.id().equals(c.task)));
        JsonNode view = http.withBasicAuth("ijansen", "demo").getForObject("/api/incidents/" + c.reference, JsonNode.class);
        assertThat(view.at("/steps/0/taskKey").asText()).isEqualTo("TriageIncident");
        assertThat(view.at("/steps/0/completedBy").asText()).isEqualTo("ijansen");
        assertThat(view.get("decisions")).isNotEmpty();
    }

    @Test
    void theTaskListShowsOnEachCardTheCaseItBelongsTo() {
        Case c = reportAndAwaitTriage();
        browser = Browser.start("nl-NL");
        logIn("ijansen");

        browser.get(url("/camunda/app/tasklist/default/#/"));
        By card = By.cssSelector(".schoolveilig-case[data-reference='" + c.reference + "']");
        waitFor(card);
        String text = browser.findElement(card).getText();
        assertThat(text).contains(c.reference).contains("Basisschool De Zonnewijzer").contains("Cyberpesten");
        assertThat(browser.findElement(card).findElement(By.tagName("a")).getAttribute("href"))
                .endsWith("/zaken/" + c.reference);
    }

    @Test
    void aSubmissionTamperedWithInTheBrowserIsRefusedWithAReadableMessage() {
        Case c = reportAndAwaitTriage();
        browser = Browser.start("nl-NL");
        logIn("ijansen");
        openInTasklist(c.task);
        click(CLAIM);
        await().atMost(Duration.ofSeconds(10)).until(() -> "ijansen".equals(workflow.openTasks(c.reference).get(0).assignee()));

        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const xsrf = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
                fetch('/camunda/api/engine/engine/default/task/' + arguments[0] + '/submit-form', {
                  method: 'POST', credentials: 'same-origin',
                  headers: {'Content-Type': 'application/json', 'Accept': 'application/json',
                            'X-XSRF-TOKEN': xsrf ? xsrf.substring('XSRF-TOKEN='.length) : ''},
                  body: JSON.stringify({variables: {caseOwnerGroup: {value: 'camunda-admin'},
                                                    suggestedSeverity: {value: 'LOW'}, severityDecision: {value: 'LOW'}}})
                }).then(r => r.json().then(body => done({status: r.status, message: body.message})))
                  .catch(e => done({status: -1, message: String(e)}));
                """, c.task);

        assertThat(((Number) answer.get("status")).intValue()).isEqualTo(400);
        assertThat((String) answer.get("message")).contains("Het formulier is niet verzonden")
                .contains("caseOwnerGroup: Dit veld hoort niet bij deze taak")
                .contains("suggestedSeverity: Dit veld hoort niet bij deze taak");
        List<OpenTask> open = workflow.openTasks(c.reference);
        assertThat(open).extracting(OpenTask::id).containsExactly(c.task);
        assertThat(open.get(0).candidateGroups()).containsExactly("schoolleader_zonnewijzer");
    }

    private record Case(String reference, String task) {
    }

    private Case reportAndAwaitTriage() {
        String reference = ReportApi.report(http, Reports.cyberbullying("zonnewijzer"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(reference).isEmpty());
        return new Case(reference, workflow.openTasks(reference).get(0).id());
    }

    private void openInTasklist(String taskId) {
        browser.get(url("/camunda/app/tasklist/default/#/?task=" + taskId));
        waitFor(CLAIM);
    }

    /** Clicks as a script does: Tasklist's notifications may lie over the button for a moment. */
    private void click(By element) {
        waitFor(element);
        WebElement target = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(element));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                target);
    }

    private void waitFor(By element) {
        try {
            Browser.pageChange(browser).until(ExpectedConditions.presenceOfElementLocated(element));
        } catch (TimeoutException e) {
            throw new AssertionError("Not in Tasklist: " + element + "\n" + browser.getPageSource(), e);
        }
    }

    private void logIn(String user) {
        Browser.logIn(browser, url(""), user);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
