package nl.schoolveilig.directory;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolveilig.support.SharedContextTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/directory/schools}: the own board, its schools and who holds which role, without secrets. */
@SharedContextTest
class DirectoryApiIT {

    @Autowired
    TestRestTemplate http;

    @Test
    void aPersonSeesTheirOwnBoardWithItsSchoolsCommunitiesAndRoleHolders() {
        JsonNode directory = http.withBasicAuth("ijansen", "demo")
                .getForObject("/api/directory/schools", JsonNode.class);

        assertThat(directory.get("boards")).hasSize(1);
        assertThat(directory.at("/boards/0/id").asText()).isEqualTo("noorderkim");
        JsonNode noorderkim = directory.get("boards").get(0);
        assertThat(noorderkim.get("schools")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(noorderkim.get("communities")).hasSize(1);
        assertThat(noorderkim.at("/roles/BOARD_MEMBER/0/username").asText()).isEqualTo("ksmit");
        assertThat(noorderkim.at("/communities/0/roles/DIGICOACH/0/username").asText()).isEqualTo("mbakker");
        JsonNode regenboog = noorderkim.get("schools").get(0);
        assertThat(regenboog.get("id").asText()).isEqualTo("regenboog");
        assertThat(regenboog.at("/roles/SCHOOL_LEADER/0/username").asText()).isEqualTo("pdevries");
        assertThat(directory.toString()).doesNotContain("password", "{bcrypt}", "$2a$", "kempenhorst", "evandijk");
    }

    @Test
    void aSchoolListsItsTeachersInternsAndTheirSupervisors() {
        JsonNode directory = http.withBasicAuth("ksmit", "demo").getForObject("/api/directory/schools", JsonNode.class);
        JsonNode zonnewijzer = null;
        for (JsonNode school : directory.at("/boards/0/schools")) {
            if (school.get("id").asText().equals("zonnewijzer")) {
                zonnewijzer = school;
            }
        }
        assertThat(zonnewijzer).isNotNull();
        assertThat(zonnewijzer.at("/roles/TEACHER/0/username").asText()).isEqualTo("avermeer");
        assertThat(zonnewijzer.at("/interns/0/intern/name").asText()).isEqualTo("Iris Smits");
        assertThat(zonnewijzer.at("/interns/0/supervisor/username").asText()).isEqualTo("sdekker");
        assertThat(directory.toString()).doesNotContain("lmaas");
    }

    @Test
    void theOtherBoardSeesOnlyItself() {
        JsonNode directory = http.withBasicAuth("evandijk", "demo").getForObject("/api/directory/schools", JsonNode.class);

        assertThat(directory.get("boards")).hasSize(1);
        assertThat(directory.at("/boards/0/id").asText()).isEqualTo("kempenhorst");
        assertThat(directory.toString()).doesNotContain("noorderkim", "ijansen", "Inge Jansen");
    }

    @Test
    void theIntegrationAccountSeesSchoolsButNoPeople() {
        JsonNode directory = http.withBasicAuth("integratie", "demo").getForObject("/api/directory/schools", JsonNode.class);

        assertThat(directory.get("boards").findValuesAsText("id")).contains("noorderkim", "kempenhorst");
        assertThat(directory.findValuesAsText("id")).contains("zonnewijzer", "vlinderbos");
        assertThat(directory.findValues("username")).isEmpty();
        assertThat(directory.toString()).doesNotContain("ijansen", "Inge Jansen", "evandijk");
    }

    @Test
    void everyDemoBoardHasSomeoneInEveryRole() {
        for (String boardMember : java.util.List.of("ksmit", "fdejong")) {
            JsonNode directory = http.withBasicAuth(boardMember, "demo").getForObject("/api/directory/schools", JsonNode.class);
            JsonNode board = directory.get("boards").get(0);
            assertThat(board.get("roles").fieldNames()).toIterable()
                    .contains("BOARD_MEMBER", "COMMUNICATIONS", "CONFIDENTIAL_ADVISOR", "AUDITOR");
            assertThat(board.at("/communities/0/roles").fieldNames()).toIterable()
                    .contains("DIGICOACH", "PRIVACY_OFFICER");
            for (JsonNode school : board.get("schools")) {
                assertThat(school.get("roles").fieldNames()).toIterable()
                        .contains("SCHOOL_LEADER", "CARE_COORDINATOR", "INTERN_SUPERVISOR", "ANTI_BULLYING_COORDINATOR");
            }
        }
    }

    @Test
    void needsALogin() {
        assertThat(http.getForEntity("/api/directory/schools", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
