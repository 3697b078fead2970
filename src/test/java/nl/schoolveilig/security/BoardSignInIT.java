package nl.schoolveilig.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import nl.schoolveilig.support.Accessibility;
import nl.schoolveilig.support.Browser;
import nl.schoolveilig.support.SharedContextTest;
import nl.schoolveilig.support.TestIdentityProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static nl.schoolveilig.support.TestIdentityProvider.CLIENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in with the board's identity provider (a real OpenID Connect server in the test JVM): people in the
 * browser, machine clients with bearer tokens. Who someone is comes from the token; which roles they hold
 * comes from the directory, never from the token.
 */
@SharedContextTest
class BoardSignInIT {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPersonSignsInAtTheBoardsProviderAndOurPagesTasklistAndEngineApiKnowThemAsTheirDirectorySelf() {
        browser = Browser.start("nl-NL");
        browser.get(base() + "/login");
        var signIn = browser.findElement(By.id("board-sign-in"));
        assertThat(signIn.getText()).isEqualTo("Inloggen met Testbestuur-ID");

        // The provider's address differs in case from the directory's: e-mail addresses match without it.
        TestIdentityProvider.nextSignIn(Map.of("email", "IJansen@Demo.Schoolveilig.nl", "email_verified", true,
                "name", "Inge Jansen"));
        signIn.click();
        Browser.pageChange(browser).until(ExpectedConditions.urlToBe(base() + "/"));

        browser.get(base() + "/werk");
        assertThat(browser.getCurrentUrl()).isEqualTo(base() + "/werk");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mijn werk");

        // The Camunda webapps take the same login (container-based authentication).
        browser.get(base() + "/camunda/app/tasklist/default/");
        Browser.pageChange(browser).until(ExpectedConditions.titleContains("Tasklist"));
        browser.get(base() + "/camunda/api/admin/auth/user/default");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"userId\":\"ijansen\"");
        browser.get(base() + "/camunda/api/engine/engine/default/identity/groups?userId=ijansen");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("schoolleader_zonnewijzer");

        // Logging out ends the session here and at the provider, which sends the browser back to the login page.
        browser.get(base() + "/");
        browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
        Browser.pageChange(browser).until(ExpectedConditions.urlToBe(base() + "/login?logout"));
        browser.get(base() + "/werk");
        assertThat(browser.getCurrentUrl()).as("logged out").isEqualTo(base() + "/login");
    }

    @Test
    void someoneTheDirectoryDoesNotKnowGetsAPageSayingSoInDutchAndNoSession() {
        browser = Browser.start("nl-NL");
        browser.get(base() + "/login");
        TestIdentityProvider.nextSignIn(Map.of("email", "iemand@elders.example", "email_verified", true,
                "name", "Iemand Anders"));
        browser.findElement(By.id("board-sign-in")).click();
        Browser.pageChange(browser).until(ExpectedConditions.urlToBe(base() + "/login/onbekend"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("U staat niet in het overzicht van uw bestuur");
        assertThat(browser.getTitle()).startsWith("U staat niet in het overzicht van uw bestuur");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        assertThat(browser.findElement(By.id("provider-logout")).getAttribute("href"))
                .as("the provider's end-session page, to sign in with another account")
                .startsWith(TestIdentityProvider.server().endSessionEndpointUrl(TestIdentityProvider.ISSUER).toString());

        browser.get(base() + "/werk");
        assertThat(browser.getCurrentUrl()).as("not logged in").isEqualTo(base() + "/login");
    }

    @Test
    void aMachineClientsBearerTokenActsAsTheDirectoryPersonItNames() {
        String token = TestIdentityProvider.accessToken("ijansen-at-the-provider",
                Map.of("email", "ijansen@demo.schoolveilig.nl", "email_verified", true));

        assertThat(page("/", token)).as("the start page greets the directory's username").contains("ijansen");
        assertThat(get("/api/requests", token).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/engine-rest/task", token).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/engine-rest/identity/groups?userId=ijansen", token).getBody().toString())
                .contains("schoolleader_zonnewijzer");
    }

    @Test
    void aMachineClientsTokenWithoutAPersonActsAsTheAccountConfiguredForItsClientId() {
        String token = TestIdentityProvider.accessToken(TestIdentityProvider.MACHINE_CLIENT,
                Map.of("azp", TestIdentityProvider.MACHINE_CLIENT));

        assertThat(page("/", token)).contains("integratie");
        assertThat(get("/api/directory/schools", token).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aTokenWithoutAPersonIsNeverMatchedByItsSubject() {
        assertRefused(TestIdentityProvider.accessToken("avermeer", Map.of()));
        assertRefused(TestIdentityProvider.accessToken("avermeer", Map.of("azp", "an-unknown-client")));
    }

    @Test
    void anEmailAddressTheProviderDidNotVerifyNamesNobody() {
        assertRefused(TestIdentityProvider.accessToken("avermeer", Map.of("email", "avermeer@demo.schoolveilig.nl")));
        assertRefused(TestIdentityProvider.accessToken("avermeer", Map.of("email", "avermeer@demo.schoolveilig.nl",
                "email_verified", false)));

        browser = Browser.start("nl-NL");
        browser.get(base() + "/login");
        TestIdentityProvider.nextSignIn(Map.of("email", "ijansen@demo.schoolveilig.nl", "email_verified", false));
        browser.findElement(By.id("board-sign-in")).click();
        Browser.pageChange(browser).until(ExpectedConditions.urlToBe(base() + "/login/onbekend"));
    }

    @Test
    void anIdTokenIsNoBearerToken() {
        assertRefused(TestIdentityProvider.accessToken("ijansen", Map.of("email", "ijansen@demo.schoolveilig.nl",
                "email_verified", true, "nonce", "from-a-sign-in")));
    }

    @Test
    void rolesClaimedInTheTokenGiveNothingTheDirectoryDoesNotGive() {
        String token = TestIdentityProvider.accessToken("teacher", Map.of("email", "avermeer@demo.schoolveilig.nl",
                "email_verified", true, "groups", List.of("camunda-admin", "schoolleader_zonnewijzer"), "roles", List.of("ADMIN")));

        assertThat(get("/beheer/mail", token).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/actuator/prometheus", token).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/engine-rest/identity/groups?userId=avermeer", token).getBody().toString())
                .doesNotContain("camunda-admin").doesNotContain("schoolleader_zonnewijzer");
        assertThat(get("/engine-rest/deployment", token).getBody()).as("deployments are the administrators'").isEmpty();
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = TestIdentityProvider.accessToken(TestIdentityProvider.ISSUER, "ijansen", List.of(CLIENT_ID),
                Map.of("email", "ijansen@demo.schoolveilig.nl", "email_verified", true), Duration.ofHours(-1));

        assertRefused(expired);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        String foreign = TestIdentityProvider.accessToken("ander-bestuur", "ijansen", List.of(CLIENT_ID),
                Map.of("email", "ijansen@demo.schoolveilig.nl", "email_verified", true), Duration.ofHours(1));

        assertRefused(foreign);
    }

    @Test
    void aTokenMeantForAnotherApplicationIsRefused() {
        String otherAudience = TestIdentityProvider.accessToken(TestIdentityProvider.ISSUER, "ijansen",
                List.of("another-application"), Map.of("email", "ijansen@demo.schoolveilig.nl", "email_verified", true), Duration.ofHours(1));

        assertRefused(otherAudience);
    }

    @Test
    void aTokenNamingNobodyInTheDirectoryIsRefused() {
        assertRefused(TestIdentityProvider.accessToken("someone", Map.of("email", "iemand@elders.example",
                "email_verified", true)));
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = TestIdentityProvider.accessToken("avermeer", Map.of("email", "avermeer@demo.schoolveilig.nl",
                "email_verified", true));
        String[] parts = token.split("\\.");
        String otherPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                        .replace("avermeer@demo", "ijansen@demo").getBytes());

        assertRefused(parts[0] + "." + otherPayload + "." + parts[2]);
    }

    private void assertRefused(String token) {
        for (String path : List.of("/api/requests", "/engine-rest/task", "/camunda/api/engine/engine/default/task")) {
            ResponseEntity<JsonNode> response = get(path, token);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(path).contains("invalid_token");
        }
    }

    private ResponseEntity<JsonNode> get(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setAccept(List.of(org.springframework.http.MediaType.APPLICATION_JSON));
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private String page(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        ResponseEntity<String> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
