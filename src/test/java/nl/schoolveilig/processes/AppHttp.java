package nl.schoolveilig.processes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** HTTP to an application in its own process, as one of the demo directory's people (password {@code demo}). */
public final class AppHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private AppHttp() {
    }

    public static HttpResponse<String> get(AppProcess app, String user, String path) {
        return send(request(app, user, path).GET().build());
    }

    public static HttpResponse<String> postJson(AppProcess app, String user, String path, String json) {
        return send(request(app, user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A value of one of the application's own meters on {@code /actuator/prometheus} (the first series of it). */
    public static double meter(AppProcess app, String name) {
        for (String line : get(app, "beheerder", "/actuator/prometheus").body().split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("No " + name + " on /actuator/prometheus");
    }

    private static HttpRequest.Builder request(AppProcess app, String user, String path) {
        return HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
