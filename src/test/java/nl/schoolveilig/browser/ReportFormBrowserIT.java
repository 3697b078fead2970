package nl.schoolveilig.browser;


import nl.schoolveilig.support.Accessibility;
import nl.schoolveilig.support.Browser;
import nl.schoolveilig.support.SharedContextTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The public report form at /melden in headless Chromium, as a parent would use it. */
@SharedContextTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFormBrowserIT {

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void openTheForm() {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/melden");
    }

    @Test
    void aParentSubmitsTheFormAndSeesTheReference() {
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Een digitaal incident melden");
        new Select(browser.findElement(By.id("schoolId"))).selectByVisibleText("Basisschool De Zonnewijzer");
        new Select(browser.findElement(By.id("category"))).selectByValue("CYBERBULLYING");
        browser.findElement(By.id("description")).sendKeys("Er gaat een filmpje rond waarin een leerling wordt uitgelachen.");
        new Select(browser.findElement(By.id("platform"))).selectByValue("TIKTOK");
        browser.findElement(By.id("facts-contentOnline")).click();
        browser.findElement(By.id("reporter-anonymous")).click();
        submitAndWaitFor(By.id("reference"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Uw melding is ontvangen");
        assertThat(browser.findElement(By.id("reference")).getText()).matches("INC-\\d{4}-\\d{6,}");
    }

    @Test
    void aMissingDescriptionIsExplainedInDutchNextToTheField() {
        new Select(browser.findElement(By.id("schoolId"))).selectByVisibleText("OBS De Regenboog");
        new Select(browser.findElement(By.id("category"))).selectByValue("THREAT");
        submitAndWaitFor(By.id("error-summary"));

        assertThat(browser.findElement(By.id("error-summary")).getText())
                .contains("Uw melding is nog niet verstuurd").contains("Beschrijf wat er is gebeurd.");
        assertThat(browser.findElement(By.id("description-error")).getText()).isEqualTo("Beschrijf wat er is gebeurd.");
        assertThat(browser.findElement(By.id("description")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(new Select(browser.findElement(By.id("schoolId"))).getFirstSelectedOption().getText())
                .as("what was filled in stays").isEqualTo("OBS De Regenboog");
    }

    @Test
    void textFromTheReporterIsShownAsTextNotRunAsScript() {
        browser.findElement(By.id("description")).sendKeys("<script>window.injected = true;</script><b>vet</b>");
        submitAndWaitFor(By.id("error-summary"));

        assertThat(browser.findElement(By.id("description")).getAttribute("value")).contains("<script>");
        Object injected = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.injected;");
        assertThat(injected).isNull();
    }

    @Test
    void theFormIsAvailableInEnglish() {
        browser.get("http://localhost:" + port + "/melden?lang=en");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Report a digital incident");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.get("http://localhost:" + port + "/melden?lang=nl");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
    }

    @Test
    void theEmptyFormHasNoSeriousOrCriticalAccessibilityViolations() {
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    @Test
    void theFormWithErrorsHasNoSeriousOrCriticalAccessibilityViolations() {
        submitAndWaitFor(By.id("error-summary"));

        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    /** Submits and waits until the next page shows the element, so no test reads the old page. */
    private void submitAndWaitFor(By element) {
        WebElement button = browser.findElement(By.cssSelector("form.form button[type=submit]"));
        button.click();
        Browser.pageChange(browser).until(ExpectedConditions.and(
                ExpectedConditions.stalenessOf(button), ExpectedConditions.presenceOfElementLocated(element)));
    }
}
