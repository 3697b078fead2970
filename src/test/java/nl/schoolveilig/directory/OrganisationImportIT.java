package nl.schoolveilig.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolveilig.support.Accessibility;
import nl.schoolveilig.support.Browser;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.support.TestIdentityProvider;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board loads its organisation: boards, communities, schools with BRIN, people and their roles, from CSV files
 * through {@code POST /api/directory/import} and the administrator's page; a report per row; importing again
 * changes nothing; whoever left loses their roles and keeps their history; the imported people sign in at the
 * board's provider with the roles the files gave them. A new board of its own, so the demo boards stay as they are.
 */
@SharedContextTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrganisationImportIT {

    private static final String BOARDS = """
            id;naam;beleid;contact_email;contact_telefoon
            stichtingtest;Stichting Testland;Protocol sociale media (test);privacy@testland.example;010 111 22 33
            """;
    private static final String COMMUNITIES = """
            id;bestuur;naam
            testlandnoord;stichtingtest;Testland Noord
            testlandzuid;bestaatniet;Testland Zuid
            """;
    private static final String SCHOOLS = """
            id;bestuur;gemeenschap;naam;brin
            deboomgaard;stichtingtest;testlandnoord;Basisschool De Boomgaard;98xa
            hetanker;stichtingtest;testlandnoord;Basisschool Het Anker;9XA
            """;
    private static final String PEOPLE = """
            gebruikersnaam;naam;email;bestuur;rollen
            tleider;Tessa Leider;t.leider@testland.example;stichtingtest;SCHOOL_LEADER@deboomgaard
            tcoach;Thijs Coach;t.coach@testland.example;stichtingtest;digicoach@testlandnoord|BOARD_MEMBER@stichtingtest
            tfout;Tom Fout;geen-adres;stichtingtest;SCHOOL_LEADER@zonnewijzer
            """;

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    Directory directory;
    @Autowired
    IdentityService identity;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @Order(1)
    void importsTheOrganisationAndReportsEveryRow() {
        ResponseEntity<JsonNode> answer = importAs("beheerder", Map.of("besturen", BOARDS, "gemeenschappen", COMMUNITIES,
                "scholen", SCHOOLS, "mensen", PEOPLE));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = answer.getBody();
        assertThat(report.get("rows").asInt()).isEqualTo(8);
        assertThat(report.get("added").asInt()).isEqualTo(5);
        assertThat(report.get("rejected").asInt()).isEqualTo(3);
        assertThat(problem(report, "gemeenschappen", 3)).containsEntry("bestuur", "Dit bestuur kennen wij niet: bestaatniet. Importeer het eerst in besturen.csv.");
        assertThat(problem(report, "scholen", 3).get("brin")).startsWith("Vul een BRIN-nummer in");
        assertThat(problem(report, "mensen", 4)).containsKeys("email", "rollen");
        assertThat(problem(report, "mensen", 4).get("rollen")).contains("hoort bij een ander bestuur");

        School school = directory.school("deboomgaard").orElseThrow();
        assertThat(school.brin()).isEqualTo("98XA");
        assertThat(directory.boardContacts()).anySatisfy(c -> assertThat(c.email()).isEqualTo("privacy@testland.example"));
        assertThat(directory.account("tcoach").orElseThrow().groupIds())
                .containsExactlyInAnyOrder("digicoach_testlandnoord", "board_stichtingtest");
        assertThat(directory.candidateGroup(Role.SCHOOL_LEADER, "deboomgaard")).isEqualTo("schoolleader_deboomgaard");
        assertThat(identity.createUserQuery().memberOfGroup("schoolleader_deboomgaard").list())
                .extracting(u -> u.getId()).containsExactly("tleider");
        assertThat(directory.account("tfout")).as("a rejected row adds nobody").isEmpty();
    }

    @Test
    @Order(2)
    void theImportedPeopleSignInAtTheBoardsProviderWithTheRolesTheFilesGaveThem() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestIdentityProvider.accessToken("tessa-at-testland",
                Map.of("email", "T.Leider@testland.example", "email_verified", true)));
        JsonNode own = http.exchange("/api/directory/schools", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class)
                .getBody();

        assertThat(own.at("/boards/0/id").asText()).isEqualTo("stichtingtest");
        assertThat(own.at("/boards/0/schools").findValuesAsText("id")).contains("deboomgaard");
    }

    @Test
    @Order(3)
    void importingTheSameFilesAgainChangesNothing() {
        JsonNode report = importAs("beheerder", Map.of("besturen", BOARDS, "gemeenschappen", COMMUNITIES,
                "scholen", SCHOOLS, "mensen", PEOPLE)).getBody();

        assertThat(report.get("added").asInt()).isZero();
        assertThat(report.get("changed").asInt()).isZero();
        assertThat(report.get("unchanged").asInt()).isEqualTo(5);
        assertThat(report.get("left").asInt()).isZero();
    }

    @Test
    @Order(4)
    void aBoardWithARejectedRowIsNotKnownInFullSoNobodyOfItLeaves() {
        JsonNode report = importAs("beheerder", Map.of("mensen", """
                gebruikersnaam;naam;email;bestuur;rollen
                tleider;Tessa Leider;t.leider@testland.example;stichtingtest;SCHOOL_LEADER@deboomgaard
                tnieuw;Tim Nieuw;geen-adres;stichtingtest;
                """)).getBody();

        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.get("left").asInt()).isZero();
        assertThat(directory.account("tcoach").orElseThrow().grants()).isNotEmpty();
    }

    @Test
    void peopleOfAnotherBoardOrWithoutABoardGetNothingHere() {
        JsonNode report = importAs("beheerder", Map.of("mensen", """
                gebruikersnaam;naam;email;bestuur;rollen
                ijansen;Inge Jansen;i.jansen@testland.example;stichtingtest;
                tdubbel;Tom Dubbel;ijansen@demo.schoolveilig.nl;stichtingtest;
                tzonder;Tim Zonder;t.zonder@testland.example;;BOARD_MEMBER@noorderkim
                tzonder;Tim Zonder;t.zonder@testland.example;;
                """)).getBody();

        assertThat(report.get("rejected").asInt()).isEqualTo(4);
        assertThat(problem(report, "mensen", 2).get("gebruikersnaam")).contains("hoort al bij het bestuur noorderkim");
        assertThat(problem(report, "mensen", 3).get("email")).contains("hoort al bij iemand anders");
        assertThat(problem(report, "mensen", 4).get("bestuur")).contains("wie rollen heeft, hoort bij een bestuur");
        assertThat(problem(report, "mensen", 5).get("gebruikersnaam")).contains("staat al eerder in dit bestand");
        assertThat(directory.account("ijansen").orElseThrow().boardId()).isEqualTo("noorderkim");
    }

    @Test
    void aSchoolDoesNotMoveToAnotherBoard() {
        JsonNode report = importAs("beheerder", Map.of("scholen", """
                id;bestuur;gemeenschap;naam;brin
                zonnewijzer;stichtingtest;testlandnoord;Basisschool De Zonnewijzer;99ZA
                """)).getBody();

        assertThat(problem(report, "scholen", 2).get("bestuur")).contains("verhuist niet naar een ander bestuur");
        assertThat(directory.school("zonnewijzer").orElseThrow().boardId()).isEqualTo("noorderkim");
    }

    @Test
    @Order(5)
    void someoneNoLongerInThePeopleFileLosesTheirRolesAndKeepsTheirPlaceInTheHistory() {
        jdbc.update("insert into intern_supervision (intern, school_id, supervisor) values ('tleider', 'deboomgaard', 'tcoach')");
        JsonNode report = importAs("beheerder", Map.of("mensen", """
                gebruikersnaam;naam;email;bestuur;rollen
                tleider;Tessa Leider;t.leider@testland.example;stichtingtest;SCHOOL_LEADER@deboomgaard|TEACHER@deboomgaard
                """)).getBody();

        assertThat(report.get("changed").asInt()).isEqualTo(1);
        assertThat(report.get("left").asInt()).isEqualTo(1);
        assertThat(report.get("results")).anySatisfy(row -> {
            assertThat(row.get("id").asText()).isEqualTo("tcoach");
            assertThat(row.get("outcome").asText()).isEqualTo("LEFT");
        });
        assertThat(directory.account("tcoach")).as("the person stays").isPresent();
        assertThat(directory.account("tcoach").orElseThrow().grants()).isEmpty();
        assertThat(identity.createGroupQuery().groupMember("tcoach").count()).isZero();
        assertThat(directory.account("tleider").orElseThrow().groupIds()).contains("teacher_deboomgaard");
        assertThat(jdbc.queryForObject("select count(*) from intern_supervision where supervisor = 'tcoach'", Integer.class))
                .as("the interns they supervised go to the school leader now").isZero();
        assertThat(directory.account("ijansen").orElseThrow().grants()).as("other boards untouched").isNotEmpty();
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAsAWholeNamingTheFile() {
        ResponseEntity<JsonNode> answer = importAs("beheerder", Map.of("besturen", """
                id;naam
                stichtingnooit;Stichting Nooit
                """, "mensen", "gebruikersnaam;naam\nx;y\n"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(answer.getBody().at("/errors/0/field").asText()).isEqualTo("mensen");
        assertThat(answer.getBody().at("/errors/0/message").asText()).contains("mensen.csv").contains("email");
        assertThat(directory.boardName("stichtingnooit")).as("nothing imported").isEmpty();
    }

    @Test
    void withoutFilesTheAnswerSaysWhichToSend() {
        ResponseEntity<JsonNode> answer = importAs("beheerder", Map.of());

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().at("/errors/0/message").asText()).contains("besturen, gemeenschappen, scholen of mensen");
    }

    @Test
    void onlyAdministratorsImport() {
        assertThat(importAs("ijansen", Map.of("besturen", BOARDS)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(importAs("ksmit", Map.of("besturen", BOARDS)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    @Order(6)
    void theAdministratorImportsOnThePageAndSeesWhoHoldsWhichRoleAndWhichRolesHaveNobody() throws Exception {
        java.nio.file.Path schools = java.nio.file.Files.createTempFile("scholen", ".csv");
        java.nio.file.Files.writeString(schools, """
                id;bestuur;gemeenschap;naam;brin
                deboomgaard;stichtingtest;testlandnoord;Basisschool De Boomgaard;98XA
                """);
        WebDriver browser = Browser.start("nl-NL");
        try {
            Browser.logIn(browser, "http://localhost:" + port, "beheerder");
            browser.get("http://localhost:" + port + "/beheer/organisatie");
            browser.findElement(By.id("file-scholen")).sendKeys(schools.toAbsolutePath().toString());
            var button = browser.findElement(By.cssSelector("form.form button[type=submit]"));
            button.click();
            Browser.pageChange(browser).until(ExpectedConditions.stalenessOf(button));

            assertThat(browser.findElement(By.id("import-report")).getText()).contains("1 regels").contains("1 ongewijzigd");
            String boomgaard = browser.findElement(By.xpath("//h3[@id='school-deboomgaard']/following-sibling::table[1]")).getText();
            assertThat(boomgaard).contains("Schoolleider Tessa Leider").contains("Digicoach niemand: taken gaan naar het bestuur");
            assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        } finally {
            browser.quit();
        }
    }

    private Map<String, String> problem(JsonNode report, String file, int line) {
        for (JsonNode row : report.get("results")) {
            if (row.get("file").asText().equals(file) && row.get("line").asInt() == line) {
                assertThat(row.get("outcome").asText()).isEqualTo("REJECTED");
                Map<String, String> problems = new java.util.LinkedHashMap<>();
                row.get("problems").forEach(p -> problems.put(p.get("field").asText(), p.get("message").asText()));
                return problems;
            }
        }
        throw new AssertionError("No row " + line + " of " + file + " in " + report);
    }

    private ResponseEntity<JsonNode> importAs(String user, Map<String, String> files) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        files.forEach((name, content) -> parts.add(name, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name + ".csv";
            }
        }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return http.withBasicAuth(user, "demo").exchange("/api/directory/import", HttpMethod.POST,
                new HttpEntity<>(parts, headers), JsonNode.class);
    }
}
