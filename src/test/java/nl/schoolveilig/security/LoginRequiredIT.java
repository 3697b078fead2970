package nl.schoolveilig.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.schoolveilig.support.SharedContextTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the report forms, the published sanction catalogues, the statements, static assets, health and the login pages are open without a login. */
@SharedContextTest
class LoginRequiredIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} is open")
    @ValueSource(strings = {"/melden", "/maatregelen/noorderkim", "/css/app.css", "/actuator/health", "/login", "/login/onbekend",
            "/privacyverklaring", "/toegankelijkheidsverklaring"})
    void isOpenWithoutLogin(String path) throws Exception {
        assertThat(status(path, "*/*")).isEqualTo(200);
    }

    @ParameterizedTest(name = "a browser opening {0} is sent to the login page")
    @ValueSource(strings = {"/", "/camunda/app/tasklist/", "/camunda/app/cockpit/", "/camunda/app/admin/"})
    void pagesSendTheBrowserToTheLoginPage(String path) throws Exception {
        HttpResponse<Void> response = get(path, "text/html");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @ParameterizedTest(name = "{0} answers 401 without login")
    @ValueSource(strings = {"/api/incidents/INC-2026-000001", "/api/directory/schools", "/engine-rest/task",
            "/engine-rest/process-definition", "/camunda/api/engine/engine/", "/actuator/env"})
    void machineEndpointsAnswerUnauthorized(String path) throws Exception {
        assertThat(status(path, "application/json")).isEqualTo(401);
    }

    private int status(String path, String accept) throws Exception {
        return get(path, accept).statusCode();
    }

    private HttpResponse<Void> get(String path, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
