package nl.schoolveilig.security;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.schoolveilig.support.FromAddress;
import nl.schoolveilig.support.SharedContextTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our pages forbid inline script and leak no referrer to other sites; calls to {@code /api} and
 * {@code /engine-rest} that ride on the session cookie need the CSRF token, calls with their own
 * credentials (HTTP Basic) do not.
 */
@SharedContextTest
class HeadersAndCsrfIT {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} sends a Content-Security-Policy and a Referrer-Policy")
    @ValueSource(strings = {"/melden", "/login", "/maatregelen/noorderkim"})
    void ourPagesSendAContentSecurityPolicyAndAReferrerPolicy(String page) {
        FromAddress.Response response = new FromAddress("127.0.0.1", port).get(page, Map.of());

        assertThat(response.header("Content-Security-Policy"))
                .contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void camundasWebappsKeepTheirOwnPolicy() {
        FromAddress.Response tasklist = new FromAddress("127.0.0.1", port)
                .get("/camunda/app/tasklist/default/", FromAddress.basic("ijansen", "demo"));

        assertThat(tasklist.status()).isEqualTo(200);
        assertThat(tasklist.header("Content-Security-Policy")).doesNotContain("script-src 'self';");
    }

    @Test
    void aCallThatRidesOnTheSessionCookieNeedsTheCsrfToken() {
        FromAddress browser = new FromAddress("127.0.0.1", port);
        Map<String, String> login = new LinkedHashMap<>(FromAddress.hiddenInputs(browser.get("/login", Map.of()).body()));
        login.put("username", "ijansen");
        login.put("password", "demo");
        assertThat(browser.postForm("/login", Map.of(), FromAddress.formBody(login)).status()).isEqualTo(302);
        String token = FromAddress.hiddenInputs(browser.get("/", Map.of()).body()).get("_csrf");

        assertThat(browser.postForm("/api/tasks/no-such-task/claim", Map.of(), "").status()).isEqualTo(403);
        assertThat(browser.postForm("/engine-rest/task/no-such-task/claim", Map.of(), "").status()).isEqualTo(403);
        assertThat(browser.postForm("/api/tasks/no-such-task/claim", Map.of("X-CSRF-TOKEN", token), "").status())
                .as("with the token the call goes through (to a task that does not exist)").isEqualTo(404);
        assertThat(new FromAddress("127.0.0.1", port).postForm("/api/tasks/no-such-task/claim",
                FromAddress.basic("ijansen", "demo"), "").status()).as("HTTP Basic needs no token").isEqualTo(404);
    }
}
