package nl.schoolveilig.requests;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.support.TaskApi;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A parent asks for a device permission on the public page {@code /melden/apparaat}, without a login: the
 * group's teacher decides in {@code /werk}, the parent gets the decision by e-mail; sending the form twice is one
 * request, and a wrong group is named without telling whether a pupil of that name exists.
 */
@SharedContextTest
class ParentDeviceRequestIT {

    private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|submissionToken)\" value=\"([^\"]+)\"");
    private static final Pattern REFERENCE = Pattern.compile("id=\"reference\">(VZ-\\d{4}-\\d{6,})<");
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aParentsRequestGoesToTheGroupsTeacherAndTheParentHearsTheDecision() throws Exception {
        PublicForm form = new PublicForm();
        form.open();
        Map<String, String> fields = Map.of("schoolId", "zonnewijzer", "groupName", "groep 5A", "pupilName", "Finn Mulder",
                "device", "SMARTPHONE", "reason", "Hij fietst alleen naar huis en moet ons kunnen bellen",
                "validFrom", "2026-12-07", "parentName", "Marieke Mulder", "parentEmail", "marieke.mulder@example.org");
        HttpResponse<String> received = form.submit(fields);
        String reference = reference(received.body());
        assertThat(reference).as(received.body()).isNotNull();
        assertThat(received.body()).contains("marieke.mulder@example.org");
        assertThat(reference(form.submit(fields).body())).as("the same form sent twice is one request").isEqualTo(reference);

        assertThat(jdbc.queryForObject("select count(*) from mail_message where recipient = ? and subject like ?",
                Integer.class, "avermeer@demo.schoolveilig.nl", "%" + reference + "%")).as("the teacher hears of it").isOne();
        Task decide = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        assertThat(TaskApi.complete(http, "rkuipers", decide.getId(), Map.of("decision", "NOT_ALLOWED", "motivation", "x"))
                .getStatusCode()).as("a teacher of another group").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(TaskApi.complete(http, "avermeer", decide.getId(), Map.of("decision", "ALLOWED", "motivation", "Veilig naar huis",
                "agreements", "Telefoon uit en in de tas tot 15.15 uur")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode request = JSON.readTree(http.withBasicAuth("avermeer", "demo").getForObject("/api/requests/" + reference, String.class));
        assertThat(request.get("requesterName").asText()).isEqualTo("Marieke Mulder (ouder)");
        assertThat(request.at("/details/pupilName").asText()).isEqualTo("Finn Mulder");
        assertThat(request.at("/details/groupName").asText()).isEqualTo("Groep 5a");
        assertThat(request.get("history").get(0).get("data").has("parentEmail")).as("the address is for the reply only").isFalse();
        String mail = await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForList(
                "select body from mail_message where recipient = ? and subject like ?", String.class,
                "marieke.mulder@example.org", "%" + reference + "%").stream().findFirst().orElse(null), m -> m != null);
        assertThat(mail).contains("Beste Marieke Mulder").contains("Toegestaan").contains("Telefoon uit en in de tas tot 15.15 uur");
        assertThat(http.withBasicAuth("ijansen", "demo").getForObject("/api/registers/device-permissions", String.class))
                .contains(reference);
    }

    @Test
    void aWrongGroupIsNamedAndAnUnknownPupilIsNotRevealed() throws Exception {
        PublicForm form = new PublicForm();
        form.open();
        HttpResponse<String> wrongGroup = form.submit(Map.of("schoolId", "zonnewijzer", "groupName", "Groep 9z",
                "pupilName", "Iemand", "device", "SMARTWATCH", "reason", "x", "validFrom", "2026-12-07",
                "parentName", "Ouder", "parentEmail", "geen-adres"));
        assertThat(wrongGroup.body()).contains("Fout:").contains("Deze groep kent de school niet")
                .contains("Een e-mailadres, zoals naam@voorbeeld.nl.");

        form.open();
        HttpResponse<String> unknownPupil = form.submit(Map.of("schoolId", "zonnewijzer", "groupName", "Groep 5a",
                "pupilName", "Niet Bestaand", "device", "SMARTWATCH", "reason", "Meting", "validFrom", "2026-12-07",
                "parentName", "Ouder", "parentEmail", "ouder@example.org"));
        String reference = reference(unknownPupil.body());
        assertThat(reference).as("accepted: the teacher sees the name as given").isNotNull();
        JsonNode request = JSON.readTree(http.withBasicAuth("avermeer", "demo").getForObject("/api/requests/" + reference, String.class));
        assertThat(request.at("/details/pupilName").asText()).isEqualTo("Niet Bestaand");
        assertThat(request.at("/details/pupilId").isMissingNode()).isTrue();
        Task decide = tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        assertThat(TaskApi.complete(http, "avermeer", decide.getId(), Map.of("decision", "NOT_ALLOWED",
                "motivation", "Deze leerling zit niet in groep 5a")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private static String reference(String html) {
        Matcher matcher = REFERENCE.matcher(html);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The public form as a browser without JavaScript sends it: its session, CSRF token and submission token. */
    private final class PublicForm {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        private Map<String, String> hidden = Map.of();

        void open() throws Exception {
            String html = client.send(HttpRequest.newBuilder(URI.create(url("/melden/apparaat"))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Map<String, String> values = new LinkedHashMap<>();
            Matcher matcher = HIDDEN.matcher(html);
            while (matcher.find()) {
                values.put(matcher.group(1), matcher.group(2));
            }
            hidden = values;
        }

        HttpResponse<String> submit(Map<String, String> fields) throws Exception {
            Map<String, String> all = new LinkedHashMap<>(hidden);
            all.putAll(fields);
            String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(url("/melden/apparaat")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
