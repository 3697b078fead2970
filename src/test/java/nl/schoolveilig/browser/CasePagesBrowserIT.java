package nl.schoolveilig.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.schoolveilig.support.Accessibility;
import nl.schoolveilig.support.Browser;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.support.TaskApi;
import nl.schoolveilig.workflow.CaseTasks;
import nl.schoolveilig.workflow.OpenTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The case list with a filter, its CSV download, the board overview and the case page with its diagram, in Chromium. */
@SharedContextTest
class CasePagesBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks tasks;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String triagedCase(String marker) {
        String reference = ReportApi.report(http, Reports.with(Reports.cyberbullying("zonnewijzer"), "description",
                "Groepsapp " + marker));
        await().atMost(Duration.ofSeconds(60)).until(() -> !tasks.openTasks(reference).isEmpty());
        TaskApi.complete(http, "ijansen", tasks.openTasks(reference).get(0).id(), Map.of());
        await().atMost(Duration.ofSeconds(60)).until(() -> tasks.openTasks(reference).stream().map(OpenTask::taskKey)
                .anyMatch(key -> !key.equals("TriageIncident")));
        return reference;
    }

    @Test
    void aLeaderFiltersTheCaseListAndDownloadsItAsCsvAndThePageReflowsOnAPhone() throws Exception {
        String marker = "browserlijst" + System.nanoTime();
        String reference = triagedCase(marker);
        browser = Browser.start("nl-NL");
        Browser.logIn(browser, url(""), "ijansen");

        browser.get(url("/zaken"));
        browser.findElement(By.id("f-q")).sendKeys(marker);
        new Select(browser.findElement(By.id("f-status"))).selectByValue("OPEN");
        WebElement search = browser.findElement(By.cssSelector("form.filters button[type=submit]"));
        search.click();
        Browser.pageChange(browser).until(ExpectedConditions.stalenessOf(search));

        assertThat(browser.findElements(By.cssSelector("table.cards tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("table.cards tbody tr")).getText()).contains(reference);
        assertThat(new Select(browser.findElement(By.id("f-status"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("OPEN");
        assertThat(Accessibility.seriousViolations(browser, "#diagrams")).isEmpty();

        String csvLink = browser.findElement(By.cssSelector("a.download")).getAttribute("href");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvLink))
                .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("zaken.csv");
        assertThat(csv.body()).contains("Kenmerk").contains(reference);

        browser.manage().window().setSize(new Dimension(390, 900));
        browser.navigate().refresh();
        assertThat(pageWidth()).as("no sideways scrolling at 390 px (WCAG 1.4.10)").isLessThanOrEqualTo(390);
        for (String page : List.of("/werk", "/overzicht", "/zaken/" + reference, "/maatregelen/noorderkim")) {
            browser.get(url(page));
            assertThat(pageWidth()).as("%s at 390 px, widest: %s", page, widest()).isLessThanOrEqualTo(390);
        }
    }

    @Test
    void myWorkShowsEachTasksCaseInBriefAndFiltersBySchoolAndText() {
        String marker = "browserwerk" + System.nanoTime();
        String reference = ReportApi.report(http, Reports.with(Reports.cyberbullying("zonnewijzer"), "description",
                "Filmpje " + marker));
        await().atMost(Duration.ofSeconds(60)).until(() -> !tasks.openTasks(reference).isEmpty());
        browser = Browser.start("nl-NL");
        Browser.logIn(browser, url(""), "ijansen");

        browser.get(url("/werk?q=" + marker));
        List<WebElement> rows = browser.findElements(By.cssSelector("table.cards tbody tr"));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains(reference).contains("Cyberpesten").contains(marker)
                .contains("vandaag").contains("Basisschool De Zonnewijzer");
        TaskApi.claim(http, "ijansen", tasks.openTasks(reference).get(0).id());
        browser.navigate().refresh();
        assertThat(browser.findElement(By.cssSelector("table.cards tbody tr")).getText()).contains("Inge Jansen")
                .doesNotContain("ijansen");
        browser.get(url("/werk?q=" + marker + "&school=regenboog"));
        assertThat(browser.findElements(By.cssSelector("table.cards tbody tr"))).isEmpty();
    }

    @Test
    void theBoardFollowsANumberOnTheOverviewToTheCasesItCounts() {
        triagedCase("browseroverzicht" + System.nanoTime());
        browser = Browser.start("nl-NL");
        Browser.logIn(browser, url(""), "ksmit");

        browser.get(url("/overzicht"));
        assertThat(Accessibility.seriousViolations(browser, "#diagrams")).isEmpty();
        WebElement school = browser.findElement(By.xpath("//table[contains(@class,'overview')]//th/a[contains(., 'Zonnewijzer')]"));
        school.click();
        Browser.pageChange(browser).until(ExpectedConditions.stalenessOf(school));

        assertThat(browser.getCurrentUrl()).contains("/zaken?").contains("school=zonnewijzer");
        assertThat(new Select(browser.findElement(By.id("f-school"))).getFirstSelectedOption().getText()).contains("Zonnewijzer");
        assertThat(browser.findElements(By.cssSelector("table.cards tbody tr"))).isNotEmpty();
    }

    @Test
    void theCasePageDrawsTheDiagramWithThePathTakenAndWhereTheCaseStands() {
        String reference = triagedCase("browserzaak" + System.nanoTime());
        browser = Browser.start("nl-NL");
        Browser.logIn(browser, url(""), "ijansen");

        browser.get(url("/zaken/" + reference));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(By.id("diagrams"), "data-ready", "true"));

        assertThat(browser.findElement(By.id("diagrams")).getAttribute("data-error")).isNull();
        assertThat(browser.findElements(By.cssSelector("figure.diagram[data-rendered=true]"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.findElements(By.cssSelector(".djs-element.path-passed[data-element-id=Triage]"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector(".djs-element.path-current"))).isNotEmpty();
        assertThat(browser.findElement(By.id("standing")).getText()).contains("wacht op");
        assertThat(browser.findElement(By.id("integrity")).getText()).contains("volledig en ongewijzigd");
        assertThat(browser.findElements(By.cssSelector("#timeline li"))).hasSizeGreaterThan(3);
        assertThat(Accessibility.seriousViolations(browser, "#diagrams")).isEmpty();
    }

    /** The element that sticks out furthest, to say what breaks the reflow. */
    private Object widest() {
        return ((JavascriptExecutor) browser).executeScript("const out = [];"
                + "document.querySelectorAll('body *').forEach(e => { if (e.getBoundingClientRect().right > 400"
                + " && ![...e.children].some(c => c.getBoundingClientRect().right > 400)) out.push(e.tagName + '.'"
                + " + e.className + ' ' + Math.round(e.getBoundingClientRect().width) + ' ' + e.textContent.slice(0, 40)); });"
                + " return out.slice(0, 5).join(' | ');");
    }

    @Test
    void theYearlyReportDrawsItsChartsWithoutScriptAndChangesYear() {
        triagedCase("browserjaar" + System.nanoTime());
        browser = Browser.start("nl-NL");
        Browser.logIn(browser, url(""), "ksmit");

        browser.get(url("/jaarverslag"));
        assertThat(browser.findElements(By.cssSelector("svg.bars rect"))).isNotEmpty();
        assertThat(Long.parseLong(browser.findElement(By.id("total-cases")).getText())).isPositive();
        assertThat(Accessibility.seriousViolations(browser, "#diagrams")).isEmpty();
        new Select(browser.findElement(By.id("y-jaar"))).selectByIndex(0);
        WebElement show = browser.findElement(By.cssSelector("form.filters button[type=submit]"));
        show.click();
        Browser.pageChange(browser).until(ExpectedConditions.stalenessOf(show));

        assertThat(browser.getCurrentUrl()).contains("jaar=");
        assertThat(browser.findElement(By.id("total-cases")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.cssSelector("a.download")).getAttribute("href")).contains("/jaarverslag/export?jaar=");
    }

    private long pageWidth() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
