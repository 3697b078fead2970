package nl.schoolveilig.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.schoolveilig.processes.AppProcess;
import nl.schoolveilig.processes.BrokerProcess;
import nl.schoolveilig.processes.Burst;
import nl.schoolveilig.processes.CaseCounts;
import nl.schoolveilig.processes.MidBurst;
import nl.schoolveilig.processes.PostgresSchema;
import nl.schoolveilig.processes.Processes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R2: the Kafka broker (a process of its own) killed with SIGKILL in the middle of a burst and started
 * again on the same log: the application reconnects by itself, and every report the broker accepted
 * has exactly one case with exactly one triage task — on an H2 file and on PostgreSQL.
 */
@Tag("fault")
class BrokerKilledMidBurstFaultIT {

    private static final int REPORTS = 1000;

    @Test
    void onAnH2FileEveryAcceptedReportHasExactlyOneCaseAfterTheBrokerWasKilledMidBurst() throws IOException {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target/fault")), "r2-").toAbsolutePath();
        Burst burst = killBrokerMidBurst(dir, Map.of(), "H2");
        assertOneCaseWithOneTriageTaskPerAcceptedReport(burst, CaseCounts.ofH2(dir.resolve("app")));
    }

    @Test
    @EnabledIf(value = "nl.schoolveilig.support.PostgresTest$Support#postgresAnswers", disabledReason = "No PostgreSQL on 127.0.0.1:5432")
    void onPostgresqlEveryAcceptedReportHasExactlyOneCaseAfterTheBrokerWasKilledMidBurst() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target/fault")), "r2-postgres-").toAbsolutePath();
        try (PostgresSchema schema = PostgresSchema.fresh("r2")) {
            Burst burst = killBrokerMidBurst(dir, schema.appProperties(5432), "PostgreSQL");
            assertOneCaseWithOneTriageTaskPerAcceptedReport(burst, schema.caseCounts());
        }
    }

    /** Sends a burst, kills the broker a fifth of the way in, starts it again after five seconds, lets the rest finish. */
    private static Burst killBrokerMidBurst(Path dir, Map<String, String> database, String label) {
        try (BrokerProcess broker = new BrokerProcess(dir.resolve("broker")).start()) {
            Map<String, String> properties = new HashMap<>(database);
            properties.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
            try (AppProcess app = new AppProcess(dir.resolve("app"), properties).start()) {
                Burst burst = new Burst(broker.bootstrapServers(), List.of("zonnewijzer", "regenboog", "vlinderbos", "klimop"));
                long before = MidBurst.fault(app, burst, REPORTS, 250, REPORTS / 5, () -> {
                    broker.kill();
                    Processes.letTheFaultLast(java.time.Duration.ofSeconds(5)); // how long the broker is away
                    broker.start();
                }, Duration.ofSeconds(60));
                app.stop();
                System.out.printf("R2 %s: %d acknowledged, %d failed, %d cases before the broker was killed%n",
                        label, burst.acknowledged().size(), burst.failed().size(), before);
                return burst;
            }
        }
    }

    private static void assertOneCaseWithOneTriageTaskPerAcceptedReport(Burst burst, CaseCounts counts) {
        assertThat(counts.missing(burst.acknowledged())).as("accepted reports without a case").isEmpty();
        assertThat(counts.cases()).as("cases").isEqualTo(burst.acknowledged().size());
        assertThat(counts.casesWithoutExactlyOneTriageTask()).as("cases without exactly one triage task").isZero();
    }
}
