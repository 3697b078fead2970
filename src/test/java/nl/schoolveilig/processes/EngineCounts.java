package nl.schoolveilig.processes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Counts read from a running application over {@code /engine-rest}, as its administrator. */
public final class EngineCounts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public EngineCounts(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Open triage tasks; -1 while the application does not answer. */
    public long triageTasks() {
        return count("/engine-rest/task/count?taskDefinitionKey=TriageIncident");
    }

    /**
     * Waits until the open triage tasks reach {@code target}, or until neither they nor the intake (its
     * log lines) moved for {@code quiet}: then whatever is missing is missing for good. Returns the last count.
     */
    public long awaitTriageTasks(long target, AppProcess app, Duration quiet, Duration limit) {
        long last = -1;
        long lastIntake = -1;
        long changedAt = System.nanoTime();
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            long now = triageTasks();
            long intake = app.logLines("Report events: ");
            if (now >= target) {
                return now;
            }
            if (now != last || intake != lastIntake) {
                last = now;
                lastIntake = intake;
                changedAt = System.nanoTime();
            } else if (System.nanoTime() - changedAt > quiet.toNanos()) {
                return now;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return now;
            }
        }
        return last;
    }

    private long count(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("beheerder:demo".getBytes(StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()).get("count").asLong() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
