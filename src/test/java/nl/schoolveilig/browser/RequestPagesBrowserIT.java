package nl.schoolveilig.browser;

import java.util.ArrayList;
import java.util.List;

import nl.schoolveilig.support.Accessibility;
import nl.schoolveilig.support.Browser;
import nl.schoolveilig.support.SharedContextTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four requests through the pages in Chromium: asked on {@code /verzoeken/nieuw}, decided on the task page
 * in {@code /werk}, read back on the request's page and in its register (with an axe-core scan of each page).
 */
@SharedContextTest
class RequestPagesBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
        browsers.clear();
    }

    @Test
    void aTeachersChannelNoticeIsAcknowledgedByTheLeaderAndEndedByTheTeacher() {
        WebDriver teacher = loggedIn("avermeer");
        teacher.get(url("/verzoeken/nieuw"));
        assertThat(Accessibility.seriousViolations(teacher)).isEmpty();
        assertThat(teacher.findElement(By.tagName("main")).getText()).contains("Melding van een eigen kanaal")
                .contains("Toestemming voor een slim apparaat").doesNotContain("bericht van een stagiair");
        click(teacher, By.linkText("Melding van een eigen kanaal"));

        submit(teacher);
        assertThat(teacher.getTitle()).startsWith("Fout:");
        assertThat(teacher.findElement(By.id("error-summary")).getText()).contains("Platform: Vul dit veld in.")
                .contains("Startdatum: Vul dit veld in.");
        assertThat(Accessibility.seriousViolations(teacher)).isEmpty();
        teacher.findElement(By.id("field-platform")).sendKeys("Instagram");
        teacher.findElement(By.id("field-channelName")).sendKeys("<b>Juf Anne</b> & groep 5a");
        teacher.findElement(By.id("field-audience")).sendKeys("ouders van groep 5a");
        ((org.openqa.selenium.JavascriptExecutor) teacher).executeScript(
                "document.getElementById('field-startDate').value = '2026-09-01'");
        String reference = sent(teacher);
        assertThat(teacher.findElement(By.cssSelector(".notice")).getText()).contains(reference);
        assertThat(teacher.findElement(By.tagName("main")).getText()).contains("<b>Juf Anne</b> & groep 5a");
        assertThat(Accessibility.seriousViolations(teacher)).isEmpty();

        WebDriver leader = loggedIn("ijansen");
        decide(leader, reference, "Beoordeel de kanaalmelding", "ACKNOWLEDGED", null);
        leader.get(url("/registers/kanalen"));
        assertThat(leader.findElement(By.tagName("main")).getText()).contains(reference).contains("Kennis genomen");
        assertThat(Accessibility.seriousViolations(leader)).isEmpty();

        teacher.get(url("/registers/kanalen"));
        WebElement end = teacher.findElement(By.xpath("//tr[.//a[text()='" + reference + "']]//button"));
        end.click();
        Browser.pageChange(teacher).until(ExpectedConditions.stalenessOf(end));
        assertThat(teacher.findElement(By.tagName("main")).getText()).contains("beëindigd");
    }

    @Test
    void anInternAsksToPostAPhotoAndTheSupervisorAllowsItWithConditions() {
        WebDriver intern = loggedIn("ismits");
        intern.get(url("/verzoeken/nieuw/stagebericht"));
        intern.findElement(By.id("field-platform")).sendKeys("Instagram");
        intern.findElement(By.id("field-draftText")).sendKeys("Vandaag bij de moestuin!");
        new Select(intern.findElement(By.id("field-imageChannel"))).selectByValue("SOCIAL_MEDIA");
        intern.findElement(By.xpath("//label[normalize-space()='Finn Mulder']")).click();
        assertThat(Accessibility.seriousViolations(intern)).isEmpty();
        String reference = sent(intern);

        WebDriver supervisor = loggedIn("sdekker");
        decide(supervisor, reference, "Beslis over het bericht van de stagiair", "ALLOWED_WITH_CONDITIONS",
                "conditions=Alleen zonder namen");
        supervisor.get(url("/registers/stageberichten"));
        assertThat(supervisor.findElement(By.tagName("main")).getText()).contains(reference).contains("Alleen zonder namen");
        intern.get(url("/verzoeken"));
        assertThat(intern.findElement(By.tagName("main")).getText()).contains(reference)
                .contains("besloten: Toegestaan onder voorwaarden");
        assertThat(Accessibility.seriousViolations(intern)).isEmpty();
    }

    @Test
    void aTeacherInDoubtIsAdvisedByTheSchoolLeader() {
        WebDriver teacher = loggedIn("avermeer");
        teacher.get(url("/verzoeken/nieuw/publicatie"));
        teacher.findElement(By.id("field-draft")).sendKeys("Foto van de sportdag");
        new Select(teacher.findElement(By.id("field-capacity"))).selectByValue("PERSONAL_TITLE");
        String reference = sent(teacher);

        WebDriver leader = loggedIn("ijansen");
        decide(leader, reference, "Adviseer over de publicatie", "CHANGE", null);
        teacher.get(url("/verzoeken/" + reference));
        assertThat(teacher.findElement(By.tagName("main")).getText()).contains("Eerst aanpassen").contains("Inge Jansen");
    }

    @Test
    void aTeacherRecordsASmartwatchPermissionForAPupilOfTheirGroup() {
        WebDriver teacher = loggedIn("avermeer");
        teacher.get(url("/verzoeken/nieuw/apparaat"));
        new Select(teacher.findElement(By.id("field-pupilId"))).selectByVisibleText("Noa Willemsen");
        new Select(teacher.findElement(By.id("field-device"))).selectByValue("SMARTWATCH");
        teacher.findElement(By.id("field-reason")).sendKeys("Medische meting");
        ((org.openqa.selenium.JavascriptExecutor) teacher).executeScript(
                "document.getElementById('field-validFrom').value = '2026-12-07'");
        String reference = sent(teacher);

        decide(teacher, reference, "Beslis over het slimme apparaat", "ALLOWED", "agreements=Op stil in de klas");
        teacher.get(url("/registers/apparaten"));
        assertThat(teacher.findElement(By.tagName("main")).getText()).contains(reference).contains("Noa Willemsen")
                .contains("Op stil in de klas");
        assertThat(Accessibility.seriousViolations(teacher)).isEmpty();
    }

    /** Opens the request's task from the work list, chooses the decision, adds a motivation and completes. */
    private void decide(WebDriver decider, String reference, String taskName, String decision, String extra) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        decider.get(url("/werk"));
        assertThat(decider.findElement(By.tagName("main")).getText()).contains(reference);
        click(decider, By.cssSelector("a[href$='/werk/taken/" + task.getId() + "']"));
        assertThat(decider.findElement(By.tagName("h1")).getText()).isEqualTo(taskName);
        assertThat(decider.findElement(By.cssSelector("article.request")).getText()).contains(reference);
        assertThat(Accessibility.seriousViolations(decider)).isEmpty();
        new Select(decider.findElement(By.id("field-decision"))).selectByValue(decision);
        decider.findElement(By.id("field-motivation")).sendKeys("Zo afgesproken");
        if (extra != null) {
            String[] field = extra.split("=", 2);
            decider.findElement(By.id("field-" + field[0])).sendKeys(field[1]);
        }
        WebElement complete = decider.findElement(By.cssSelector("form.form button[type=submit]"));
        complete.click();
        Browser.pageChange(decider).until(ExpectedConditions.stalenessOf(complete));
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("the task is done").isZero();
    }

    private WebDriver loggedIn(String user) {
        WebDriver browser = Browser.start("nl-NL");
        browsers.add(browser);
        Browser.logIn(browser, url(""), user);
        return browser;
    }

    private static void submit(WebDriver browser) {
        click(browser, By.cssSelector("form.form button[type=submit]"));
    }

    /** Sends the filled-in form and reads the new request's reference from its page. */
    private static String sent(WebDriver browser) {
        submit(browser);
        assertThat(browser.findElements(By.id("error-summary"))).as("no errors on the form").isEmpty();
        String reference = browser.findElement(By.tagName("h1")).getText().replaceAll(".* ", "");
        assertThat(reference).startsWith("VZ-");
        return reference;
    }

    private static void click(WebDriver browser, By what) {
        WebElement element = browser.findElement(what);
        element.click();
        Browser.pageChange(browser).until(ExpectedConditions.stalenessOf(element));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
