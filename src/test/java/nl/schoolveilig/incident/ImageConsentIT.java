package nl.schoolveilig.incident;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolveilig.support.ReportApi;
import nl.schoolveilig.support.Reports;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.workflow.CaseTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An image shared without consent shows the pupil's image consent, when the directory knows the pupil. */
@SharedContextTest
class ImageConsentIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CaseTasks workflow;

    @Test
    void anImageIncidentShowsWhatTheVictimsParentsConsentedTo() {
        String reference = reportImageOf("Sam de Boer");

        JsonNode consent = view("ijansen", reference).get("imageConsent");

        assertThat(consent.get("pupilName").asText()).isEqualTo("Sam de Boer");
        assertThat(consent.at("/channels/PARENT_APP").asBoolean()).isTrue();
        assertThat(consent.at("/channels/NEWSLETTER").asBoolean()).isTrue();
        assertThat(consent.at("/channels/WEBSITE").asBoolean()).isFalse();
        assertThat(consent.at("/channels/SOCIAL_MEDIA").asBoolean()).isFalse();
        assertThat(view("ksmit", reference).get("imageConsent").isNull())
                .as("not for someone who may not see the names").isTrue();
        assertThat(http.withBasicAuth("ijansen", "demo").getForObject(
                "/werk/taken/" + workflow.openTasks(reference).get(0).id(), String.class))
                .contains("Beeldgebruikvoorkeuren van Sam de Boer").contains("Website van de school: geen toestemming");
    }

    @Test
    void aPupilTheDirectoryDoesNotKnowShowsNoConsent() {
        assertThat(view("ijansen", reportImageOf("Iemand Onbekend")).get("imageConsent").isNull()).isTrue();
    }

    private String reportImageOf(String pupil) {
        Map<String, Object> report = Reports.report("zonnewijzer", "IMAGE_WITHOUT_CONSENT", "EMPLOYEE", "PUPIL");
        report.put("victim", Map.of("role", "PUPIL", "name", pupil));
        String reference = ReportApi.report(http, report);
        await().atMost(Duration.ofSeconds(60)).until(() -> !workflow.openTasks(reference).isEmpty());
        return reference;
    }

    private JsonNode view(String user, String reference) {
        return http.withBasicAuth(user, "demo").getForObject("/api/incidents/" + reference, JsonNode.class);
    }
}
