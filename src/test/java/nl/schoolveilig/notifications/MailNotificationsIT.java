package nl.schoolveilig.notifications;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.workflow.CaseTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** E-mail through a real SMTP server: Dutch, with a link, without the report's details. */
@SharedContextTest
class MailNotificationsIT {

    @Autowired
    GreenMail smtp;
    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks workflow;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate sql;

    @Test
    void everyoneInTheTasksGroupGetsAMailWithALinkAndNoDetails() throws Exception {
        Map<String, Object> report = Reports.cyberbullying("zonnewijzer");
        String reference = ReportApi.report(http, report);
        await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(reference).isEmpty());
        String taskId = workflow.openTasks(reference).get(0).id();

        MimeMessage toLeader = awaitMail("ijansen@demo.schoolveilig.nl", reference);
        MimeMessage toDeputy = awaitMail("fkok@demo.schoolveilig.nl", reference);

        assertThat(toLeader.getSubject()).isEqualTo("Nieuwe taak: Beoordeel de melding (triage) (" + reference + ")");
        String body = GreenMailUtil.getBody(toLeader);
        assertThat(body).contains("Er staat een nieuwe taak voor u klaar").contains("/werk/taken/" + taskId)
                .doesNotContain(Reports.description(report), "Victim Name", "Offender Name", "Reporter Name");
        assertThat(toDeputy.getSubject()).isEqualTo(toLeader.getSubject());
    }

    @Test
    void aTaskGivenBackIsNotAnnouncedToItsGroupAgain() {
        String reference = ReportApi.report(http, Reports.cyberbullying("zonnewijzer"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(reference).isEmpty());
        String taskId = workflow.openTasks(reference).get(0).id();
        long announced = taskMails(reference);

        nl.schoolveilig.support.TaskApi.claim(http, "ijansen", taskId);
        assertThat(http.withBasicAuth("ijansen", "demo").postForEntity("/api/tasks/" + taskId + "/unclaim", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(announced).isEqualTo(2);
        assertThat(taskMails(reference)).isEqualTo(announced);
    }

    private long taskMails(String reference) {
        return sql.queryForObject("select count(*) from mail_message where subject like ?", Long.class,
                "Nieuwe taak:%(" + reference + ")");
    }

    @Test
    void theReporterGetsTheReferenceAndTheClosingNotice() throws Exception {
        Map<String, Object> report = Reports.report("regenboog", "OTHER", "EXTERNAL", "NONE");
        report.put("reporter", Map.of("role", "PARENT", "email", "melder@example.org", "anonymous", false));
        String reference = ReportApi.report(http, report);

        MimeMessage received = awaitMail("melder@example.org", "ontvangen (" + reference + ")");
        assertThat(GreenMailUtil.getBody(received)).contains("Het kenmerk van uw melding is " + reference);

        await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(reference).isEmpty());
        complete("pdevries", workflow.openTasks(reference).get(0).id(), Map.of("schoolInvolvedDecision", false,
                "schoolInvolvedMotivation", "Privé.", "adviceToReporter", "Meld het bij het platform."));
        MimeMessage closed = awaitMail("melder@example.org", "afgehandeld (" + reference + ")");
        assertThat(GreenMailUtil.getBody(closed)).contains("Meld het bij het platform.");
    }

    @Test
    void anAnonymousReporterGetsNoMail() {
        Map<String, Object> report = Reports.cyberbullying("regenboog");
        report.put("reporter", Map.of("role", "PUPIL", "email", "anoniem@example.org", "anonymous", true));
        String reference = ReportApi.report(http, report);
        await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(reference).isEmpty());
        awaitMail("pdevries@demo.schoolveilig.nl", reference);

        assertThat(mails()).noneMatch(m -> recipients(m).contains("anoniem@example.org"));
    }

    @Test
    void theOutboxPageShowsTheMailsToAdministratorsOnly() {
        assertThat(http.withBasicAuth("beheerder", "demo").getForEntity("/beheer/mail", String.class).getBody())
                .contains("E-mail van Schoolveilig (outbox)");
        assertThat(http.withBasicAuth("ijansen", "demo").getForEntity("/beheer/mail", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private MimeMessage awaitMail(String to, String subjectPart) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> mails().stream().filter(m -> recipients(m).contains(to) && subject(m).contains(subjectPart))
                        .findFirst().orElse(null),
                m -> m != null);
    }

    private List<MimeMessage> mails() {
        return Arrays.asList(smtp.getReceivedMessages());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void complete(String user, String taskId, Map<String, Object> fields) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + taskId + "/complete",
                new HttpEntity<>(Reports.json(fields), headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }
}
