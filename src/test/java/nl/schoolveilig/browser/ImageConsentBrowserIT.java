package nl.schoolveilig.browser;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.schoolveilig.support.Accessibility;
import nl.schoolveilig.support.Browser;
import nl.schoolveilig.support.SharedContextTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The image consent register in Chromium: a teacher asks "mag deze foto?", a school leader imports the export. */
@SharedContextTest
class ImageConsentBrowserIT {

    @LocalServerPort
    int port;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTeacherTicksThePupilsInAPhotoAndLearnsWhoMayNotAppearOnTheWebsite() {
        browser = Browser.start("nl-NL");
        Browser.logIn(browser, url(""), "avermeer");
        browser.get(url("/registers/beeldgebruik"));

        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Groep 5a").contains("Sam de Boer")
                .doesNotContain("Daan Prins").doesNotContain("Importeren uit de leerlingadministratie");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        tick("Sam de Boer");
        tick("Noa Willemsen");
        new Select(browser.findElement(By.cssSelector("select[name=kanaal]"))).selectByValue("WEBSITE");
        WebElement ask = browser.findElement(By.cssSelector("form[action$='/registers/beeldgebruik/controle'] button"));
        ask.click();
        Browser.pageChange(browser).until(ExpectedConditions.stalenessOf(ask));

        String answer = browser.findElement(By.cssSelector(".check-result")).getText();
        assertThat(answer).contains("Nee: niet alle gekozen leerlingen mogen erop");
        assertThat(answer.substring(answer.indexOf("Mogen erop"), answer.indexOf("Mogen er niet op"))).contains("Noa Willemsen");
        assertThat(answer.substring(answer.indexOf("Mogen er niet op"))).contains("Sam de Boer");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        browser.manage().window().setSize(new Dimension(390, 900));
        browser.navigate().refresh();
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth")).intValue()).as("no sideways scrolling at 390 px")
                .isLessThanOrEqualTo(390);
    }

    @Test
    void aSchoolLeaderImportsAWindows1252ExportAndReadsTheReportPerRow() throws Exception {
        Path file = Files.createTempFile("leerlingen", ".csv");
        Files.write(file, ("brin,leerlingnummer,naam,groep,website,sociale_media,nieuwsbrief,ouderapp\r\n"
                + "99ZA,P-501,Zoë Pieters,Groep 5a,ja,nee,ja,ja\r\n"
                + "99ZA,P-502,Jesse Dekker,Groep 5a,ja,nee,misschien,ja\r\n").getBytes(Charset.forName("windows-1252")));
        browser = Browser.start("nl-NL");
        Browser.logIn(browser, url(""), "ijansen");
        browser.get(url("/registers/beeldgebruik"));

        browser.findElement(By.id("bestand")).sendKeys(file.toAbsolutePath().toString());
        WebElement importButton = browser.findElement(By.cssSelector(".consent-import form button"));
        importButton.click();
        Browser.pageChange(browser).until(ExpectedConditions.stalenessOf(importButton));

        String report = browser.findElement(By.cssSelector(".import-report")).getText();
        assertThat(report).contains("2 regels: 1 nieuw, 0 gewijzigd, 0 ongewijzigd, 1 afgewezen.")
                .contains("Vul in de kolom nieuwsbrief ja of nee in (nu: misschien).");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Zoë Pieters");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    private void tick(String pupil) {
        browser.findElement(By.xpath("//label[normalize-space()='" + pupil + "']")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
