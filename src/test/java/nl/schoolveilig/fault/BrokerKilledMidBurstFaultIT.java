package nl.schoolveilig.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.schoolveilig.processes.AppProcess;
import nl.schoolveilig.processes.BrokerProcess;
import nl.schoolveilig.processes.Burst;
import nl.schoolveilig.processes.CaseCounts;
import nl.schoolveilig.processes.EngineCounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R2: the Kafka broker (a process of its own) killed with SIGKILL in the middle of a burst and started
 * again on the same log: the application reconnects by itself, and every report the broker accepted
 * has exactly one case with exactly one triage task.
 */
@Tag("fault")
class BrokerKilledMidBurstFaultIT {

    private static final int REPORTS = 1000;

    @Test
    void everyAcceptedReportHasExactlyOneCaseAfterTheBrokerWasKilledMidBurst() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target/fault")), "r2-").toAbsolutePath();
        Burst burst;
        try (BrokerProcess broker = new BrokerProcess(dir.resolve("broker")).start();
                AppProcess app = new AppProcess(dir.resolve("app"),
                        Map.of("spring.kafka.bootstrap-servers", broker.bootstrapServers())).start()) {
            burst = new Burst(broker.bootstrapServers(), List.of("zonnewijzer", "regenboog", "vlinderbos", "klimop"));
            var sending = burst.sendPaced(REPORTS, 250);
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
                    .until(() -> app.newCases() >= REPORTS / 5);
            long before = app.newCases();
            broker.kill();
            Thread.sleep(5000); // how long the broker is away
            broker.start();

            sending.join();
            new EngineCounts(app.baseUrl()).awaitTriageTasks(burst.acknowledged().size(), app, Duration.ofSeconds(60),
                    Duration.ofMinutes(8));
            app.stop();
            System.out.printf("R2: %d acknowledged, %d failed, %d cases before the broker was killed%n",
                    burst.acknowledged().size(), burst.failed().size(), before);
        }
        CaseCounts counts = CaseCounts.ofH2(dir.resolve("app"));
        assertThat(counts.missing(burst.acknowledged())).as("accepted reports without a case").isEmpty();
        assertThat(counts.cases()).as("cases").isEqualTo(burst.acknowledged().size());
        assertThat(counts.casesWithoutExactlyOneTriageTask()).as("cases without exactly one triage task").isZero();
    }
}
