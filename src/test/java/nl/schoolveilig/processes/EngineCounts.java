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
import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

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
        Progress progress = new Progress(quiet);
        try {
            await().atMost(limit).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                    .until(() -> progress.settled(triageTasks(), app.logLines("Report events: "), target));
        } catch (ConditionTimeoutException e) {
            // Still moving when the limit came: the last count is the answer.
        }
        return progress.last;
    }

    /** The count and the intake's log as last seen, and since when neither moved. */
    private static final class Progress {

        private final Duration quiet;
        private long last = -1;
        private long lastIntake = -1;
        private long changedAt = System.nanoTime();

        Progress(Duration quiet) {
            this.quiet = quiet;
        }

        boolean settled(long count, long intake, long target) {
            if (count != last || intake != lastIntake) {
                changedAt = System.nanoTime();
            }
            last = count;
            lastIntake = intake;
            return count >= target || System.nanoTime() - changedAt > quiet.toNanos();
        }
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
