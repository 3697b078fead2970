package nl.schoolveilig.intake;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import nl.schoolveilig.incident.FollowLinks;
import nl.schoolveilig.incident.IncidentService;
import nl.schoolveilig.incident.Retention;
import nl.schoolveilig.support.Accessibility;
import nl.schoolveilig.support.Browser;
import nl.schoolveilig.support.FormClient;
import nl.schoolveilig.support.FromAddress;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
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
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reporter follows their report through the link on the confirmation and in the e-mail, without a login:
 * the reference and the status in plain Dutch, never names or decisions; information added to the running case;
 * one case per link and nothing else; closed, then expired 30 days after closing, then gone with the case's
 * personal data; a limit per client address.
 */
@SharedContextTest
class FollowReportIT {

    private static final Pattern FOLLOW_LINK = Pattern.compile("(http://\\S+/melden/volgen/([A-Za-z0-9_-]{43}))");

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FollowLinks links;
    @Autowired
    IncidentService incidents;
    @Autowired
    Retention retention;
    @Autowired
    GreenMail smtp;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReporterFollowsTheirReportFromTheConfirmationAndAddsInformationToTheCase() {
        browser = Browser.start("nl-NL");
        browser.get(url("/melden"));
        new Select(browser.findElement(By.id("schoolId"))).selectByVisibleText("Basisschool De Zonnewijzer");
        new Select(browser.findElement(By.id("category"))).selectByValue("CYBERBULLYING");
        browser.findElement(By.id("description")).sendKeys("Een filmpje van Daan Visser wordt rondgestuurd.");
        new Select(browser.findElement(By.id("victim-role"))).selectByValue("PUPIL");
        browser.findElement(By.id("victim-name")).sendKeys("Daan Visser");
        submit();
        String reference = browser.findElement(By.id("reference")).getText();
        WebElement link = browser.findElement(By.id("follow-link"));
        assertThat(link.getText()).matches("http://localhost:\\d+/melden/volgen/[A-Za-z0-9_-]{43}");

        link.click();
        Browser.pageChange(browser).until(ExpectedConditions.urlContains("/melden/volgen/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Uw melding " + reference);
        assertThat(browser.findElement(By.id("status")).getText()).contains("In behandeling bij de school");
        assertThat(browser.findElement(By.tagName("main")).getText()).as("no names, no report text")
                .doesNotContain("Daan Visser").doesNotContain("filmpje");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();

        browser.findElement(By.id("information")).sendKeys("Het filmpje staat nu ook op Instagram.");
        submit();
        assertThat(browser.findElement(By.id("added")).getText()).contains("toegevoegd");

        JsonNode caseView = http.withBasicAuth("ijansen", "demo").getForObject("/api/incidents/" + reference, JsonNode.class);
        assertThat(caseView.get("evidence")).anySatisfy(evidence -> {
            assertThat(evidence.get("description").asText()).isEqualTo("Het filmpje staat nu ook op Instagram.");
            assertThat(evidence.get("source").asText()).contains("via de link");
        });
    }

    @Test
    void anEmptyAdditionIsExplainedAndAddsNothing() {
        String reference = ReportApi.report(http, Reports.cyberbullying("regenboog"));
        String token = links.issue(incidents.find(reference).orElseThrow().id());
        FromAddress reporter = new FromAddress("127.0.0.61", port);
        FromAddress.Response page = reporter.get("/melden/volgen/" + token, Map.of());
        Map<String, String> form = new java.util.LinkedHashMap<>(FromAddress.hiddenInputs(page.body()));
        form.put("information", "   ");

        FromAddress.Response refused = reporter.postForm("/melden/volgen/" + token, Map.of(), FromAddress.formBody(form));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Schrijf wat u wilt aanvullen, of kies een bestand.").contains("<title>Fout: ");
        assertThat(evidenceOf(reference)).isEmpty();
    }

    @Test
    void theReceivedMailCarriesALinkThatOpensTheReportAndTheOutboxKeepsNoSecretOnceSent() throws Exception {
        String reference = ReportApi.report(http, Reports.cyberbullying("zonnewijzer"));
        String subject = "Uw melding is ontvangen (" + reference + ")";

        MimeMessage mail = await().atMost(Duration.ofSeconds(15)).until(() -> java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subjectOf(m).equals(subject)).findFirst(), java.util.Optional::isPresent).get();
        Matcher link = FOLLOW_LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as(GreenMailUtil.getBody(mail)).isTrue();

        FromAddress.Response page = new FromAddress("127.0.0.62", port).get("/melden/volgen/" + link.group(2), Map.of());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Uw melding " + reference).contains("In behandeling bij de school")
                .doesNotContain("Victim Name").doesNotContain("Offender Name").doesNotContain("Reporter Name");
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.header("X-Robots-Tag")).contains("noindex");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");

        String stored = await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForList(
                "select body from mail_message where subject = ? and status = 'SENT'", String.class, subject),
                bodies -> !bodies.isEmpty()).get(0);
        assertThat(stored).as("the outbox keeps the mail, not its secret").doesNotContain(link.group(2))
                .contains("/melden/volgen/\u2026");
    }

    @Test
    void aFormSentAgainIsOneReportAndOpensNoLinkToIt() {
        FormClient form = new FormClient(port);
        form.open();
        Map<String, String> fields = FormClient.fields(Reports.cyberbullying("regenboog"));

        String first = form.submit(fields).body();
        String again = form.submit(fields).body();

        assertThat(FormClient.reference(again)).isEqualTo(FormClient.reference(first));
        assertThat(first).contains("id=\"follow-link\"");
        assertThat(again).doesNotContain("/melden/volgen/").contains("Dit formulier was al verstuurd");
    }

    @Test
    void aLinkOpensItsOwnReportAndNothingElse() {
        String mine = ReportApi.report(http, Reports.cyberbullying("zonnewijzer"));
        String other = ReportApi.report(http, Reports.cyberbullying("zonnewijzer"));
        String token = links.issue(incidents.find(mine).orElseThrow().id());
        FromAddress reporter = new FromAddress("127.0.0.63", port);

        assertThat(reporter.get("/melden/volgen/" + token, Map.of()).body()).contains(mine).doesNotContain(other);
        for (String path : List.of("/api/incidents/" + mine, "/api/incidents/" + other, "/zaken/" + mine, "/werk")) {
            FromAddress.Response withTheToken = reporter.get(path, Map.of("Authorization", "Bearer " + token));
            assertThat(withTheToken.status()).as(path).isIn(401, 302);
        }
        String tampered = token.substring(0, 42) + (token.charAt(42) == 'A' ? 'B' : 'A');
        assertThat(reporter.get("/melden/volgen/" + tampered, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void aClosedReportShowsClosedTakesNoAdditionsAndItsLinkExpiresThirtyDaysAfterClosing() {
        String reference = ReportApi.report(http, Reports.cyberbullying("vlinderbos"));
        String token = links.issue(incidents.find(reference).orElseThrow().id());
        FromAddress reporter = new FromAddress("127.0.0.64", port);
        FromAddress.Response openBeforeClosing = reporter.get("/melden/volgen/" + token, Map.of());
        closedAgo(reference, Duration.ofDays(29));

        FromAddress.Response closed = reporter.get("/melden/volgen/" + token, Map.of());
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body()).contains("Afgerond").doesNotContain("id=\"information\"");
        Map<String, String> form = new java.util.LinkedHashMap<>(FromAddress.hiddenInputs(openBeforeClosing.body()));
        form.put("information", "Nog iets, op een pagina die nog open stond");
        FromAddress.Response late = reporter.postForm("/melden/volgen/" + token, Map.of(), FromAddress.formBody(form));
        assertThat(late.status()).isEqualTo(200);
        assertThat(late.body()).contains("Uw aanvulling is niet toegevoegd: de melding is intussen afgerond");
        assertThat(evidenceOf(reference)).isEmpty();

        closedAgo(reference, Duration.ofDays(31));
        FromAddress.Response expired = reporter.get("/melden/volgen/" + token, Map.of());
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body()).contains("Deze link is verlopen").doesNotContain(reference);
    }

    @Test
    void theLinkIsGoneWithTheCasesPersonalData() {
        String reference = ReportApi.report(http, Reports.cyberbullying("klimop"));
        String token = links.issue(incidents.find(reference).orElseThrow().id());
        closedAgo(reference, Duration.ofDays(1));

        retention.anonymiseDue(Instant.now().plus(Duration.ofDays(3 * 366)));

        assertThat(jdbc.queryForObject("select count(*) from report_follow rf join incident i on i.id = rf.incident_id "
                + "where i.reference = ?", Integer.class, reference)).isZero();
        assertThat(new FromAddress("127.0.0.65", port).get("/melden/volgen/" + token, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void viewingAndAddingAreLimitedPerClientAddress() {
        String reference = ReportApi.report(http, Reports.cyberbullying("zonnewijzer"));
        String token = links.issue(incidents.find(reference).orElseThrow().id());
        FromAddress flooder = new FromAddress("127.0.0.66", port);
        for (int i = 0; i < 100; i++) {
            assertThat(flooder.get("/melden/volgen/" + token, Map.of()).status()).isEqualTo(200);
        }

        FromAddress.Response refused = flooder.get("/melden/volgen/" + token, Map.of());

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.body()).contains("Probeer het over").doesNotContain(reference);
        assertThat(new FromAddress("127.0.0.67", port).get("/melden/volgen/" + token, Map.of()).status())
                .as("another address").isEqualTo(200);
    }

    @Test
    void additionsThroughOneLinkAreLimitedWhateverTheAddress() {
        String reference = ReportApi.report(http, Reports.cyberbullying("zonnewijzer"));
        String token = links.issue(incidents.find(reference).orElseThrow().id());
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            FromAddress sender = new FromAddress("127.0.1." + (10 + i), port);
            Map<String, String> form = new java.util.LinkedHashMap<>(FromAddress.hiddenInputs(
                    sender.get("/melden/volgen/" + token, Map.of()).body()));
            form.put("information", "Aanvulling " + i);
            statuses.add(sender.postForm("/melden/volgen/" + token, Map.of(), FromAddress.formBody(form)).status());
        }

        assertThat(statuses.subList(0, 10)).containsOnly(302);
        assertThat(statuses.get(10)).isEqualTo(429);
        assertThat(evidenceOf(reference)).hasSize(10);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private void closedAgo(String reference, Duration ago) {
        jdbc.update("update incident set status = 'CLOSED', closed_at = ? where reference = ?",
                Timestamp.from(Instant.now().minus(ago)), reference);
    }

    private List<String> evidenceOf(String reference) {
        return jdbc.queryForList("select e.description from evidence e join incident i on i.id = e.incident_id "
                + "where i.reference = ?", String.class, reference);
    }

    private void submit() {
        WebElement button = browser.findElement(By.cssSelector("form.form button[type=submit]"));
        button.click();
        Browser.pageChange(browser).until(ExpectedConditions.stalenessOf(button));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
