package nl.schoolveilig.security;

import java.util.List;
import java.util.Map;

import nl.schoolveilig.directory.Directory;
import nl.schoolveilig.support.PostgresTest;
import nl.schoolveilig.support.TestIdentityProvider;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as a board runs it: the production profile on PostgreSQL with the board's identity provider.
 * No demo user exists, and the directory's passwords are no way in.
 */
@Tag("own-jvm")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIf(value = "nl.schoolveilig.support.PostgresTest$Support#postgresAnswers", disabledReason = "No PostgreSQL on 127.0.0.1:5432")
@ActiveProfiles("production")
@Import(PostgresTest.StartFromAnEmptySchema.class)
@ContextConfiguration(initializers = TestIdentityProvider.Initializer.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=schoolveilig_production_it",
        "spring.datasource.username=postgres",
        // The development machines' PostgreSQL trusts local connections; the check wants a password all the same.
        "spring.datasource.password=not-a-default-password",
        "spring.flyway.schemas=schoolveilig_production_it",
        "spring.flyway.clean-disabled=false",
        "schoolveilig.kafka.embedded.port=0",
        "schoolveilig.kafka.embedded.controller-port=0",
        "schoolveilig.kafka.embedded.data-dir=target/it-data/kafka-${random.uuid}",
        "schoolveilig.security.administrators=fvandijk",
        // The start-up check reads these before the test's provider is known; its initializer then sets the real ones.
        "schoolveilig.security.oidc.issuer-uri=https://provider.invalid/bestuur",
        "schoolveilig.security.oidc.client-id=schoolveilig",
        "schoolveilig.security.oidc.client-secret=replaced-by-the-test-provider",
        // Tests speak plain HTTP.
        "server.servlet.session.cookie.secure=false"})
class ProductionProfileIT {

    @Autowired
    Directory directory;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;

    @Test
    @Order(1)
    void noDemoUserExists() {
        assertThat(directory.accounts()).isEmpty();
        assertThat(directory.schools()).isEmpty();
    }

    @Test
    @Order(2)
    void aPersonOfTheBoardWithAPasswordInTheDirectoryStillSignsInOnlyAtTheProvider() {
        // As a directory with passwords (an old import, a copied demo) would have it.
        jdbc.update("insert into person (username, full_name, email, password_hash, board_id) values (?, ?, ?, ?, null)",
                "fvandijk", "F. van Dijk", "f.vandijk@bestuur.example", passwords.encode("demo"));

        for (String path : List.of("/api/requests", "/api/directory/schools", "/engine-rest/task")) {
            assertThat(http.withBasicAuth("fvandijk", "demo").getForEntity(path, String.class).getStatusCode())
                    .as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(asBearer(TestIdentityProvider.accessToken("fvandijk-at-the-provider",
                Map.of("email", "f.vandijk@bestuur.example", "email_verified", true))).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void theLoginPageOffersTheBoardsProviderAndNoPasswordForm() {
        String page = http.getForObject("/login", String.class);

        assertThat(page).contains("id=\"board-sign-in\"").contains("/oauth2/authorization/bestuur")
                .doesNotContain("type=\"password\"");
    }

    @Test
    void aTokenNamingSomeoneTheDirectoryDoesNotKnowIsRefused() {
        assertThat(asBearer(TestIdentityProvider.accessToken("someone", Map.of("email", "iemand@elders.example",
                "email_verified", true))).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<String> asBearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange("/api/requests", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
