package nl.schoolveilig.browser;


import java.time.Instant;

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
    @org.springframework.beans.factory.annotation.Autowired
    nl.schoolveilig.workflow.internal.SchoolCalendar calendar;

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
        new Select(browser.findElement(By.id("victim-role"))).selectByValue("PUPIL");
        browser.findElement(By.id("facts-contentOnline")).click();
        browser.findElement(By.id("reporter-anonymous")).click();
        submitAndWaitFor(By.id("reference"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Uw melding is ontvangen");
        assertThat(browser.findElement(By.id("reference")).getText()).matches("INC-\\d{4}-\\d{6,}");
        // What happens next, and by when: the board's longest triage term (Noorderkim: five school days).
        String byWhen = calendar.deadline(Instant.now(), "P5D").atZone(java.time.ZoneId.of("Europe/Amsterdam"))
                .format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", new java.util.Locale("nl")));
        assertThat(browser.findElement(By.id("what-happens-next")).getText())
                .contains("uiterlijk " + byWhen + " om ")
                .contains("U krijgt geen e-mail, omdat u anoniem meldde");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    @Test
    void theFormAsksWhoTheVictimIsAndAssumesNothing() {
        Select victim = new Select(browser.findElement(By.id("victim-role")));
        assertThat(victim.getFirstSelectedOption().getAttribute("value")).as("nothing chosen for the reporter").isEmpty();
        assertThat(victim.getOptions()).extracting(WebElement::getText).contains("Geen slachtoffer", "Weet ik niet");

        new Select(browser.findElement(By.id("schoolId"))).selectByVisibleText("OBS De Regenboog");
        new Select(browser.findElement(By.id("category"))).selectByValue("THREAT");
        browser.findElement(By.id("description")).sendKeys("Een dreigend bericht in de groepsapp.");
        submitAndWaitFor(By.id("error-summary"));

        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Kies wie het slachtoffer is");
        assertThat(browser.findElement(By.id("victim-role-error")).getText()).startsWith("Kies wie het slachtoffer is");

        new Select(browser.findElement(By.id("victim-role"))).selectByVisibleText("Weet ik niet");
        submitAndWaitFor(By.id("reference"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Uw melding is ontvangen");
    }

    @Test
    void afterSendingWithErrorsTheFocusIsOnTheErrorsAndTheTitleSaysSo() {
        submitAndWaitFor(By.id("error-summary"));

        Object focused = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return document.activeElement.id;");
        assertThat(focused).isEqualTo("error-summary");
        assertThat(browser.getTitle()).startsWith("Fout: Een digitaal incident melden");
        browser.get("http://localhost:" + port + "/melden");
        assertThat(browser.getTitle()).startsWith("Een digitaal incident melden");
    }

    @Test
    void everyFieldSaysTheSameWayWhetherItIsRequiredOrOptional() {
        for (String form : java.util.List.of("/melden", "/melden/apparaat")) {
            browser.get("http://localhost:" + port + form);
            for (WebElement label : browser.findElements(By.cssSelector("form label[for]:not(.checkbox label)"))) {
                String id = label.getAttribute("for");
                if (browser.findElement(By.id(id)).getAttribute("type").equals("checkbox")) {
                    continue;
                }
                assertThat(label.findElements(By.cssSelector("span.req"))).as("%s: the mark of %s", form, id).hasSize(1);
                assertThat(label.findElement(By.cssSelector("span.req")).getText()).as("%s: %s", form, id)
                        .matches("\\((verplicht|optioneel|verplicht bij ander apparaat)\\)");
                assertThat(label.findElement(By.cssSelector("span.req")).getText().equals("(verplicht)"))
                        .as("%s: %s is marked required exactly when it is", form, id)
                        .isEqualTo(browser.findElement(By.id(id)).getAttribute("required") != null);
            }
        }
    }

    @Test
    void theFormAndItsConfirmationReflowOnAPhone() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
        try {
            browser.navigate().refresh();
            assertThat(pageWidth()).as("the form at 390 px").isLessThanOrEqualTo(390);
            submitAndWaitFor(By.id("error-summary"));
            assertThat(pageWidth()).as("the form with errors at 390 px").isLessThanOrEqualTo(390);
            for (String page : java.util.List.of("/privacyverklaring", "/toegankelijkheidsverklaring", "/melden/apparaat")) {
                browser.get("http://localhost:" + port + page);
                assertThat(pageWidth()).as("%s at 390 px", page).isLessThanOrEqualTo(390);
            }
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1024));
        }
    }

    @Test
    void everyPublicPageLinksThePrivacyAndAccessibilityStatementsAndTheBoardsContact() {
        for (String page : java.util.List.of("/melden", "/melden/apparaat", "/login", "/maatregelen/noorderkim")) {
            browser.get("http://localhost:" + port + page);
            WebElement footer = browser.findElement(By.cssSelector("footer.site-footer"));
            assertThat(footer.findElement(By.linkText("Privacyverklaring")).getAttribute("href")).endsWith("/privacyverklaring");
            assertThat(footer.findElement(By.linkText("Toegankelijkheidsverklaring")).getAttribute("href"))
                    .endsWith("/toegankelijkheidsverklaring");
            assertThat(footer.getText()).as(page).contains("privacy@noorderkim.example").contains("privacy@kempenhorst.example");
        }

        browser.findElement(By.linkText("Privacyverklaring")).click();
        Browser.pageChange(browser).until(ExpectedConditions.titleContains("Privacyverklaring"));
        assertThat(browser.findElement(By.id("contact")).getText()).isEqualTo("Wie is verantwoordelijk en hoe bereikt u het bestuur?");
        assertThat(browser.findElement(By.id("retention")).getText())
                .contains("Stichting Noorderkim (demo): de persoonsgegevens van een afgesloten zaak")
                .contains("2 jaar na het afsluiten");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Autoriteit Persoonsgegevens")
                .contains("AVG artikel 6 lid 1 onder e");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        browser.findElement(By.linkText("Toegankelijkheidsverklaring")).click();
        Browser.pageChange(browser).until(ExpectedConditions.titleContains("Toegankelijkheidsverklaring"));
        assertThat(browser.findElement(By.id("status")).getText()).contains("voldoet gedeeltelijk");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        browser.get("http://localhost:" + port + "/privacyverklaring?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Privacy statement");
        assertThat(browser.findElement(By.id("retention")).getText()).contains("2 years after closing");
        browser.get("http://localhost:" + port + "/melden?lang=nl");
    }

    private long pageWidth() {
        return (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
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
