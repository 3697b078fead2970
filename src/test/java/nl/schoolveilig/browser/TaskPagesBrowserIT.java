package nl.schoolveilig.browser;

import java.time.Duration;
import java.util.Map;

import nl.schoolveilig.support.Accessibility;
import nl.schoolveilig.support.Browser;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.workflow.CaseTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A school leader's own pages in headless Chromium: my work, the triage task, its Dutch messages. */
@SharedContextTest
class TaskPagesBrowserIT {

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
    void aLeaderCompletesTheTriageWithAnOverrideAfterTheDutchMessageForTheMissingMotivation() {
        String taskId = reportAndAwaitTask("zonnewijzer");
        browser = Browser.start();
        logIn("ijansen");

        browser.get(url("/werk"));
        browser.findElement(By.cssSelector("a[href='/werk/taken/" + taskId + "']")).click();
        wait(By.id("field-severityDecision"));
        assertThat(browser.findElement(By.cssSelector("article.case")).getText()).contains("Basisschool De Zonnewijzer");
        new Select(browser.findElement(By.id("field-severityDecision"))).selectByValue("HIGH");
        submitAndWaitFor(By.id("error-summary"));

        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Ernst").contains("Vul dit veld in.");
        assertThat(browser.findElement(By.id("error-severityMotivation")).getText()).isEqualTo("Vul dit veld in.");
        assertThat(new Select(browser.findElement(By.id("field-severityDecision"))).getFirstSelectedOption()
                .getAttribute("value")).as("the choice stays").isEqualTo("HIGH");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        browser.findElement(By.id("field-severityMotivation")).sendKeys("Het filmpje gaat de hele school rond.");
        submitAndWaitFor(By.cssSelector("p.notice"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mijn werk");
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).contains("Taak voltooid");
        assertThat(browser.findElements(By.cssSelector("a[href='/werk/taken/" + taskId + "']"))).isEmpty();
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    @Test
    void aLeaderWhoseColleagueCompletedTheTaskFirstIsToldWhoDidAndWhen() {
        String taskId = reportAndAwaitTask("zonnewijzer");
        browser = Browser.start();
        logIn("fkok");
        browser.get(url("/werk/taken/" + taskId));
        wait(By.id("field-severityDecision"));

        completeThroughTheApi("ijansen", taskId);
        submitAndWaitFor(By.cssSelector("p.error-summary"));

        assertThat(browser.findElement(By.cssSelector("p.error-summary")).getText())
                .contains("al voltooid door ijansen");
    }

    private String reportAndAwaitTask(String school) {
        String reference = ReportApi.report(http, Reports.cyberbullying(school));
        await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(reference).isEmpty());
        return workflow.openTasks(reference).get(0).id();
    }

    private void completeThroughTheApi(String user, String taskId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + taskId + "/complete",
                new HttpEntity<>(Reports.json(Map.of()), headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private void logIn(String user) {
        Browser.logIn(browser, url(""), user);
    }

    private void submitAndWaitFor(By element) {
        WebElement button = browser.findElement(By.cssSelector("form.form button[type=submit]"));
        button.click();
        Browser.pageChange(browser).until(ExpectedConditions.and(
                ExpectedConditions.stalenessOf(button), ExpectedConditions.presenceOfElementLocated(element)));
    }

    private void wait(By element) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
