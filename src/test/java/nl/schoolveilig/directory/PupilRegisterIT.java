package nl.schoolveilig.directory;

import java.nio.charset.StandardCharsets;

import nl.schoolveilig.support.SharedContextTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees which pupils on {@code /registers/beeldgebruik}: a teacher their own groups, a school leader their
 * school's, the board its board's, someone who looks after no school and teaches no group nobody; the check
 * "mag deze foto?" answers only for a group one may see; names are escaped.
 */
@SharedContextTest
class PupilRegisterIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate sql;

    @Test
    void aTeacherSeesTheirOwnGroupAndNoOther() {
        assertThat(page("rkuipers", "/registers/beeldgebruik")).contains("Groep 7").contains("Daan Prins")
                .doesNotContain("Sam de Boer").doesNotContain("Levi Janssen")
                .doesNotContain("Importeren uit de leerlingadministratie");
    }

    @Test
    void aSchoolLeaderSeesTheirSchoolAndTheBoardItsBoard() {
        assertThat(page("ijansen", "/registers/beeldgebruik")).contains("Sam de Boer").doesNotContain("Daan Prins")
                .contains("Importeren uit de leerlingadministratie");
        assertThat(page("ksmit", "/registers/beeldgebruik")).contains("Sam de Boer").contains("Daan Prins")
                .doesNotContain("Levi Janssen");
        assertThat(page("mbakker", "/registers/beeldgebruik")).contains("Er zijn geen groepen die u kunt inzien")
                .doesNotContain("Sam de Boer");
    }

    @Test
    void theCheckAnswersPerPupilForAGroupOneMaySee() {
        long group = sql.queryForObject("select id from school_group where school_id = 'zonnewijzer' and name = 'Groep 5a'",
                Long.class);
        long sam = pupil("1001");
        long finn = pupil("1003");

        String website = page("avermeer", "/registers/beeldgebruik/controle?groep=" + group + "&kanaal=WEBSITE&leerling="
                + sam + "&leerling=" + finn);
        assertThat(website).contains("Nee: niet alle gekozen leerlingen mogen erop");
        String newsletter = page("avermeer", "/registers/beeldgebruik/controle?groep=" + group + "&kanaal=NEWSLETTER&leerling="
                + sam + "&leerling=" + finn);
        assertThat(newsletter).contains("Ja: alle gekozen leerlingen mogen erop");

        String otherTeacher = page("rkuipers", "/registers/beeldgebruik/controle?groep=" + group + "&kanaal=WEBSITE&leerling="
                + sam);
        assertThat(otherTeacher).contains("Deze groep kunt u niet inzien").doesNotContain("Sam de Boer");
    }

    @Test
    void aNameWithMarkupIsShownAsText() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        http.withBasicAuth("pdevries", "demo").postForEntity("/api/directory/image-consent", new HttpEntity<>(
                ("brin;leerlingnummer;naam;groep;website;sociale_media;nieuwsbrief;ouderapp\n"
                        + "99ZB;X-601;<script>alert(1)</script>;Groep 7;ja;ja;ja;ja\n").getBytes(StandardCharsets.UTF_8),
                headers), String.class);

        assertThat(page("rkuipers", "/registers/beeldgebruik")).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void aLongRegisterStillOffersTheImportForm() {
        StringBuilder file = new StringBuilder("brin;leerlingnummer;naam;groep;website;sociale_media;nieuwsbrief;ouderapp\n");
        for (int i = 0; i < 300; i++) {
            file.append("99ZA;L-").append(i).append(";Leerling Nummer ").append(i).append(";Groep 1-2;ja;nee;ja;ja\n");
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        assertThat(http.withBasicAuth("ijansen", "demo").postForEntity("/api/directory/image-consent",
                new HttpEntity<>(file.toString().getBytes(StandardCharsets.UTF_8), headers), String.class)
                .getStatusCode().value()).isEqualTo(200);

        assertThat(page("ijansen", "/registers/beeldgebruik")).contains("Leerling Nummer 299")
                .contains("Importeren uit de leerlingadministratie").contains("name=\"_csrf\"");
    }

    private long pupil(String number) {
        return sql.queryForObject("select id from pupil where school_id = 'zonnewijzer' and number = ?", Long.class, number);
    }

    private String page(String user, String path) {
        var response = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
        return response.getBody();
    }
}
