package nl.schoolveilig.incident;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolveilig.support.Accessibility;
import nl.schoolveilig.support.Browser;
import nl.schoolveilig.support.EvidenceBytes;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Files with a report (the screenshot is the main evidence of online bullying): through the API (multipart), the
 * form and the follow link; the type told by the content; at most five; kept with the case and recorded in its
 * trail; read only by those who see the case with its names; removed with the case's personal data.
 */
@SharedContextTest
class EvidenceFilesIT {

    private static final byte[] PNG = EvidenceBytes.PNG;
    private static final byte[] PDF = EvidenceBytes.PDF;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseTasks workflow;
    @Autowired
    Retention retention;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void filesSentWithTheApiAreKeptWithTheCaseAndShownOnlyToThoseWhoSeeItsNames() {
        ResponseEntity<JsonNode> answer = report(Reports.cyberbullying("zonnewijzer"),
                Map.of("schermafbeelding.png", PNG, "gesprek.pdf", PDF));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String reference = answer.getBody().get("reference").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(reference).isEmpty());

        JsonNode view = http.withBasicAuth("ijansen", "demo").getForObject("/api/incidents/" + reference, JsonNode.class);
        assertThat(view.get("files")).hasSize(2);
        JsonNode png = file(view, "schermafbeelding.png");
        assertThat(png.get("mediaType").asText()).isEqualTo("image/png");
        ResponseEntity<byte[]> image = http.withBasicAuth("ijansen", "demo")
                .getForEntity("/zaken/" + reference + "/bewijs/" + png.get("id").asText(), byte[].class);
        assertThat(image.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(image.getBody()).isEqualTo(PNG);
        assertThat(image.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(image.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(image.getHeaders().getFirst("Content-Security-Policy")).contains("sandbox");
        ResponseEntity<byte[]> pdf = http.withBasicAuth("ijansen", "demo")
                .getForEntity("/zaken/" + reference + "/bewijs/" + file(view, "gesprek.pdf").get("id").asText(), byte[].class);
        assertThat(pdf.getHeaders().getContentDisposition().isAttachment()).isTrue();

        String path = "/zaken/" + reference + "/bewijs/" + png.get("id").asText();
        for (String other : List.of("pdevries", "evandijk", "mbakker", "ksmit", "avermeer")) {
            assertThat(http.withBasicAuth(other, "demo").getForEntity(path, byte[].class).getStatusCode())
                    .as(other + " (another school, another board, or no task on the case)").isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(http.withBasicAuth("ksmit", "demo").getForObject("/api/incidents/" + reference, JsonNode.class)
                .get("files")).as("a board member without a task sees the case without names and without files").isEmpty();
        assertThat(http.getForEntity(path, byte[].class).getStatusCode()).as("anonymous").isNotEqualTo(HttpStatus.OK);

        // The trail commits to each file's description (name, type, size, SHA-256) as it does to any personal value.
        assertThat(jdbc.queryForList("select data from audit_entry where reference = ?", String.class, reference))
                .as("the trail records each file").filteredOn(entry -> entry.contains("Het systeem dat meldde (integratie)"))
                .hasSize(2);
    }

    @Test
    void aFileIsWhatItsContentIsNotWhatItsNameSays() {
        Map<String, Object> report = Reports.cyberbullying("zonnewijzer");
        ResponseEntity<JsonNode> answer = report(report,
                Map.of("foto.png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().at("/errors/0/field").asText()).isEqualTo("bewijs");
        assertThat(answer.getBody().at("/errors/0/message").asText()).contains("foto.png").contains("geen afbeelding");
        assertThat(casesWith(report)).isZero();

        ResponseEntity<JsonNode> pdfNamedTxt = report(Reports.cyberbullying("zonnewijzer"), Map.of("verslag.txt", PDF));
        assertThat(pdfNamedTxt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForObject("select media_type from evidence_file f join incident i on i.id = f.incident_id "
                + "where i.reference = ?", String.class, pdfNamedTxt.getBody().get("reference").asText())).isEqualTo("application/pdf");
    }

    @Test
    void atMostFiveFiles() {
        Map<String, Object> report = Reports.cyberbullying("zonnewijzer");
        Map<String, byte[]> six = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= 6; i++) {
            six.put("scherm" + i + ".png", PNG);
        }

        ResponseEntity<JsonNode> answer = report(report, six);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().at("/errors/0/message").asText()).contains("ten hoogste 5");
        assertThat(casesWith(report)).isZero();
    }

    @Test
    void aReporterSendsScreenshotsWithTheFormAndLaterThroughTheirLink() throws Exception {
        Path screenshot = Files.createTempFile("schermafbeelding", ".png");
        Files.write(screenshot, PNG);
        Path notAnImage = Files.createTempFile("bericht", ".png");
        Files.writeString(notAnImage, "geen plaatje");
        browser = Browser.start("nl-NL");
        browser.get("http://localhost:" + port + "/melden");
        new Select(browser.findElement(By.id("schoolId"))).selectByVisibleText("Basisschool De Zonnewijzer");
        new Select(browser.findElement(By.id("category"))).selectByValue("CYBERBULLYING");
        browser.findElement(By.id("description")).sendKeys("Schermafbeelding van de groepsapp bijgevoegd.");
        new Select(browser.findElement(By.id("victim-role"))).selectByValue("PUPIL");
        browser.findElement(By.id("bewijs")).sendKeys(notAnImage.toString());
        submit();
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("geen afbeelding");
        assertThat(browser.findElement(By.id("bewijs-again")).getText()).contains("kies ze opnieuw");

        browser.findElement(By.id("bewijs")).sendKeys(screenshot.toString());
        submit();
        String reference = browser.findElement(By.id("reference")).getText();
        assertThat(filesOf(reference)).isEqualTo(1);

        browser.findElement(By.id("follow-link")).click();
        Browser.pageChange(browser).until(ExpectedConditions.urlContains("/melden/volgen/"));
        browser.findElement(By.id("bewijs")).sendKeys(screenshot.toString());
        submit();
        assertThat(browser.findElement(By.id("added")).getText()).contains("toegevoegd");
        assertThat(filesOf(reference)).isEqualTo(2);
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(reference).isEmpty());
        Browser.logIn(browser, "http://localhost:" + port, "ijansen");
        browser.get("http://localhost:" + port + "/zaken/" + reference);
        WebElement files = browser.findElement(By.id("evidence-files"));
        assertThat(files.findElements(By.tagName("li"))).hasSize(2);
        assertThat(files.findElements(By.tagName("img"))).hasSize(2);
        Browser.pageChange(browser).until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "const images = Array.from(document.querySelectorAll('#evidence-files img'));"
                        + "images.forEach(i => i.scrollIntoView());"
                        + "return images.length === 2 && images.every(i => i.complete && i.naturalWidth === 1);").equals(true));
    }

    @Test
    void theSameKeyWithOtherFilesIsAnotherSendingNotARepeat() {
        Map<String, Object> report = Reports.cyberbullying("zonnewijzer");
        HttpHeaders key = new HttpHeaders();
        key.set("Idempotency-Key", "evidence-" + java.util.UUID.randomUUID());

        assertThat(report(report, Map.of("scherm.png", PNG), key).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(report(report, Map.of("scherm.png", PNG), key).getStatusCode()).as("a repeat").isEqualTo(HttpStatus.OK);
        assertThat(report(report, Map.of("verslag.pdf", PDF), key).getStatusCode()).as("another sending with that key")
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void theFilesGoWithTheCasesPersonalData() {
        String reference = report(Reports.cyberbullying("klimop"), Map.of("scherm.png", PNG)).getBody().get("reference").asText();
        assertThat(filesOf(reference)).isEqualTo(1);
        jdbc.update("update incident set status = 'CLOSED', closed_at = ? where reference = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(1))), reference);

        retention.anonymiseDue(Instant.now().plus(Duration.ofDays(3 * 366)));

        assertThat(filesOf(reference)).isZero();
    }

    private int filesOf(String reference) {
        return jdbc.queryForObject("select count(*) from evidence_file f join incident i on i.id = f.incident_id "
                + "where i.reference = ?", Integer.class, reference);
    }

    private int casesWith(Map<String, Object> report) {
        return jdbc.queryForObject("select count(*) from incident where description = ?", Integer.class,
                Reports.description(report));
    }

    private static JsonNode file(JsonNode view, String name) {
        for (JsonNode file : view.get("files")) {
            if (file.get("name").asText().equals(name)) {
                return file;
            }
        }
        throw new AssertionError("No file " + name + " in " + view.get("files"));
    }

    private ResponseEntity<JsonNode> report(Map<String, Object> report, Map<String, byte[]> files) {
        return report(report, files, new HttpHeaders());
    }

    private ResponseEntity<JsonNode> report(Map<String, Object> report, Map<String, byte[]> files, HttpHeaders extra) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        parts.add("melding", new HttpEntity<>(Reports.json(report), json));
        files.forEach((name, content) -> parts.add("bewijs", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(extra);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return http.withBasicAuth("integratie", "demo").exchange("/api/incidents", HttpMethod.POST,
                new HttpEntity<>(parts, headers), JsonNode.class);
    }

    private void submit() {
        WebElement button = browser.findElement(By.cssSelector("form.form button[type=submit]"));
        button.click();
        Browser.pageChange(browser).until(ExpectedConditions.stalenessOf(button));
    }
}
