package nl.schoolveilig.directory;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolveilig.support.SharedContextTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Image consent from the pupil administration through {@code POST /api/directory/image-consent}: good rows
 * become pupils with their group and consent, bad rows are named with what is wrong, a second import of
 * the same file changes nothing, a later one replaces a pupil's consent, both encodings and both
 * separators are read, and only the schools one looks after are taken.
 */
@SharedContextTest
class ImageConsentImportIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "brin;leerlingnummer;naam;groep;website;sociale_media;nieuwsbrief;ouderapp\n";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate sql;

    @Test
    void goodRowsAreImportedBadRowsNamedAndASecondImportChangesNothing() throws Exception {
        String file = HEADER
                + "99ZA;T-101;Tessa Verbeek;Groep 8;ja;nee;ja;ja\n"
                + "99ZA;T-102;Mees Hoekstra;Groep 8;nee;nee;ja;ja\n"
                + "99ZA;T-103;;Groep 8;misschien;nee;ja;ja\n"
                + "99KA;T-104;Vera Bos;Groep 2;ja;ja;ja;ja\n"
                + "99XX;T-105;Onbekende School;Groep 1;ja;ja;ja;ja\n"
                + "99ZA;T-101;Tessa Verbeek;Groep 8;ja;ja;ja;ja\n";

        JsonNode report = importAs("ijansen", file, StandardCharsets.UTF_8);

        assertThat(report.get("rows").asInt()).isEqualTo(6);
        assertThat(report.get("added").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").asInt()).isEqualTo(4);
        assertThat(outcome(report, 2)).isEqualTo("ADDED");
        assertThat(problems(report, 4)).contains("Vul de kolom naam in.").contains("Vul in de kolom website ja of nee in (nu: misschien).");
        assertThat(problems(report, 5)).contains("U beheert de gegevens van Basisschool Het Vlinderbos niet; deze regel is overgeslagen.");
        assertThat(problems(report, 6)).contains("Geen school met BRIN-code 99XX.");
        assertThat(problems(report, 7)).contains("Leerlingnummer T-101 staat al op regel 2.");
        assertThat(consent("zonnewijzer", "T-101")).containsEntry("WEBSITE", true).containsEntry("SOCIAL_MEDIA", false)
                .containsEntry("NEWSLETTER", true).containsEntry("PARENT_APP", true);
        assertThat(sql.queryForObject("select g.name from pupil p join school_group g on g.id = p.group_id"
                + " where p.school_id = 'zonnewijzer' and p.number = 'T-101'", String.class)).isEqualTo("Groep 8");
        assertThat(sql.queryForObject("select count(*) from pupil where number in ('T-103', 'T-104', 'T-105')", Long.class))
                .as("rejected rows change nothing").isZero();

        JsonNode again = importAs("ijansen", file, StandardCharsets.UTF_8);
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.get("added").asInt()).isZero();
        assertThat(again.get("changed").asInt()).isZero();
        assertThat(sql.queryForObject("select count(*) from pupil where school_id = 'zonnewijzer' and number like 'T-1%'",
                Long.class)).isEqualTo(2);
    }

    @Test
    void aLaterImportReplacesThePupilsConsentGroupAndName() throws Exception {
        importAs("ijansen", HEADER + "99ZA;R-201;Roos Jansma;Groep 4;ja;ja;ja;ja\n", StandardCharsets.UTF_8);

        JsonNode report = importAs("ijansen", HEADER + "99ZA;R-201;Roos Jansma-de Vries;Groep 5a;nee;nee;ja;nee\n",
                StandardCharsets.UTF_8);

        assertThat(outcome(report, 2)).isEqualTo("CHANGED");
        assertThat(consent("zonnewijzer", "R-201")).containsEntry("WEBSITE", false).containsEntry("SOCIAL_MEDIA", false)
                .containsEntry("NEWSLETTER", true).containsEntry("PARENT_APP", false);
        assertThat(sql.queryForMap("select p.name, g.name as grp from pupil p join school_group g on g.id = p.group_id"
                + " where p.number = 'R-201'")).containsEntry("NAME", "Roos Jansma-de Vries").containsEntry("GRP", "Groep 5a");
    }

    @Test
    void aWindows1252ExportSeparatedByCommasIsReadWithItsAccents() throws Exception {
        String file = "BRIN,Leerlingnummer,Naam,Groep,Website,Sociale_media,Nieuwsbrief,Ouderapp\r\n"
                + "99ZB,W-301,Zoë Müller,Groep 7,Ja,Nee,Ja,Ja\r\n"
                + "99ZB,W-302,Anaïs Çelik,Groep 7,nee,nee,nee,ja\r\n";

        JsonNode report = importAs("pdevries", file, Charset.forName("windows-1252"));

        assertThat(report.get("added").asInt()).isEqualTo(2);
        assertThat(sql.queryForList("select name from pupil where number in ('W-301', 'W-302') order by number", String.class))
                .containsExactly("Zoë Müller", "Anaïs Çelik");
        JsonNode utf8 = importAs("pdevries", "\uFEFF" + file.replace("W-30", "U-30"), StandardCharsets.UTF_8);
        assertThat(utf8.get("added").asInt()).isEqualTo(2);
        assertThat(sql.queryForObject("select name from pupil where number = 'U-301'", String.class)).isEqualTo("Zoë Müller");
    }

    @Test
    void aFileThatIsNotTheExportIsA400SayingWhatToFix() throws Exception {
        ResponseEntity<String> missing = post("ijansen", "brin;leerlingnummer;naam\n99ZA;1;x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(missing.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(missing.getBody());
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(problem.at("/errors/0/message").asText()).contains("groep, website, sociale_media, nieuwsbrief, ouderapp");

        assertThat(post("ijansen", new byte[0]).getStatusCode().value()).isEqualTo(400);
        byte[] huge = new byte[ImageConsentImport.MAX_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) 'x');
        ResponseEntity<String> tooLarge = post("ijansen", huge);
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLarge.getBody()).contains("1024 KiB");
    }

    @Test
    void whoLooksAfterNoSchoolMayNotImportAndTheBoardImportsForItsOwnSchoolsOnly() throws Exception {
        ResponseEntity<String> teacher = post("avermeer", (HEADER + "99ZA;X-1;Xander;Groep 5a;ja;ja;ja;ja\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(teacher.getStatusCode().value()).isEqualTo(403);
        assertThat(teacher.getHeaders().getContentType().toString()).startsWith("application/problem+json");

        JsonNode board = importAs("ksmit", HEADER + "99ZB;B-401;Bo Visser;Groep 7;ja;ja;ja;ja\n"
                + "99KB;B-402;Kim Maas;Groep 3;ja;ja;ja;ja\n", StandardCharsets.UTF_8);
        assertThat(outcome(board, 2)).isEqualTo("ADDED");
        assertThat(outcome(board, 3)).isEqualTo("REJECTED");
    }

    private JsonNode importAs(String user, String file, Charset charset) throws Exception {
        ResponseEntity<String> response = post(user, file.getBytes(charset));
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return JSON.readTree(response.getBody());
    }

    private ResponseEntity<String> post(String user, byte[] file) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return http.withBasicAuth(user, "demo").postForEntity("/api/directory/image-consent",
                new HttpEntity<>(file, headers), String.class);
    }

    private static String outcome(JsonNode report, int line) {
        for (JsonNode row : report.get("results")) {
            if (row.get("line").asInt() == line) {
                return row.get("outcome").asText();
            }
        }
        throw new AssertionError("No row " + line + " in " + report);
    }

    private static String problems(JsonNode report, int line) {
        for (JsonNode row : report.get("results")) {
            if (row.get("line").asInt() == line) {
                return row.get("problems").toString();
            }
        }
        throw new AssertionError("No row " + line + " in " + report);
    }

    private Map<String, Boolean> consent(String school, String number) {
        Map<String, Boolean> consent = new java.util.TreeMap<>();
        sql.query("select c.channel, c.consent from pupil_image_consent c join pupil p on p.id = c.pupil_id"
                + " where p.school_id = ? and p.number = ?", row -> {
                    consent.put(row.getString(1), row.getBoolean(2));
                }, school, number);
        return consent;
    }
}
