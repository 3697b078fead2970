package nl.schoolveilig.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nl.schoolveilig.support.FromAddress;
import nl.schoolveilig.support.SharedContextTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Brute force and floods: failed logins lock the account and the client address for a while (the
 * right password included), the public form takes a limited number of reports per address; each
 * with a clear Dutch message. Every test sends from its own loopback address, because the limits are
 * per address and the other tests all come from 127.0.0.1.
 */
@SharedContextTest
class AbuseLimitsIT {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;

    @Test
    void fiveWrongPasswordsLockTheAccountAndThenTheRightPasswordIsRefusedToo() {
        FromAddress attacker = new FromAddress("127.0.0.4", port);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(attacker.get("/api/tasks", FromAddress.basic("ydekoning", "geraden" + attempt)).status())
                    .isEqualTo(401);
        }

        FromAddress.Response locked = attacker.get("/api/tasks", FromAddress.basic("ydekoning", "demo"));
        FromAddress.Response elsewhere = new FromAddress("127.0.0.5", port)
                .get("/api/tasks", FromAddress.basic("ydekoning", "demo"));
        FromAddress.Response formLogin = loginWithForm(new FromAddress("127.0.0.5", port), "ydekoning", "demo");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).matches("\\d+");
        assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(locked.body()).contains("Te veel mislukte pogingen om in te loggen");
        assertThat(elsewhere.status()).as("the account is locked from every address").isEqualTo(429);
        assertThat(formLogin.status()).isEqualTo(302);
        assertThat(formLogin.header("Location")).contains("/login?locked=");
        assertThat(new FromAddress("127.0.0.5", port).get(formLogin.header("Location").replaceFirst("^https?://[^/]+", ""), Map.of())
                .body()).contains("Te veel mislukte pogingen om in te loggen. Probeer het over");
        assertThat(attacker.get("/api/tasks", FromAddress.basic("ijansen", "demo")).status())
                .as("another account from the same address").isEqualTo(200);
    }

    @Test
    void manyWrongPasswordsFromOneAddressLockThatAddressForEveryAccount() {
        FromAddress attacker = new FromAddress("127.0.0.6", port);
        for (int attempt = 0; attempt < 20; attempt++) {
            attacker.get("/api/tasks", FromAddress.basic("niemand" + UUID.randomUUID(), "geraden"));
        }

        assertThat(attacker.get("/api/tasks", FromAddress.basic("ijansen", "demo")).status()).isEqualTo(429);
        assertThat(attacker.get("/engine-rest/task", FromAddress.basic("ijansen", "demo")).status()).isEqualTo(429);
        assertThat(http.withBasicAuth("ijansen", "demo").getForEntity("/api/tasks", String.class).getStatusCode())
                .as("the same account from another address").isEqualTo(HttpStatus.OK);
    }

    @Test
    void theReportFormTakesALimitedNumberOfReportsPerAddressAndSaysWhenToTryAgain() {
        FromAddress flooder = new FromAddress("127.0.0.7", port);
        Map<String, String> hidden = FromAddress.hiddenInputs(flooder.get("/melden", Map.of()).body());
        Map<String, String> fields = new LinkedHashMap<>(hidden);
        fields.put("description", "Een melding die niet af is");
        // The test context allows 60 sendings per address (schoolveilig.intake.report-form-limit).
        for (int sending = 0; sending < 60; sending++) {
            assertThat(flooder.postForm("/melden", Map.of(), FromAddress.formBody(fields)).status()).isNotEqualTo(429);
        }

        FromAddress.Response refused = flooder.postForm("/melden", Map.of(), FromAddress.formBody(fields));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).matches("\\d+");
        assertThat(refused.body()).contains("Uw melding is nog niet verstuurd: probeer het over")
                .contains("Een melding die niet af is");
        assertThat(new FromAddress("127.0.0.8", port).get("/melden", Map.of()).status())
                .as("another address").isEqualTo(200);
    }

    private static FromAddress.Response loginWithForm(FromAddress browser, String username, String password) {
        Map<String, String> fields = new LinkedHashMap<>(FromAddress.hiddenInputs(browser.get("/login", Map.of()).body()));
        fields.put("username", username);
        fields.put("password", password);
        return browser.postForm("/login", Map.of(), FromAddress.formBody(fields));
    }
}
