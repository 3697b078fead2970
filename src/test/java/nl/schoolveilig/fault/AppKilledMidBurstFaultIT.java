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
 * R1: the application killed with SIGKILL in the middle of a burst of report events, then started
 * again: every report the broker accepted has exactly one case with exactly one triage task — on the
 * embedded default (H2 file, Kafka inside the application) and on PostgreSQL with a broker of its own.
 */
@Tag("fault")
class AppKilledMidBurstFaultIT {

    private static final int REPORTS = 1000;
    private static final List<String> SCHOOLS = List.of("zonnewijzer", "regenboog", "vlinderbos", "klimop");

    @Test
    void onTheEmbeddedDefaultEveryAcceptedReportHasExactlyOneCaseAfterAKillMidBurst() throws IOException {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target/fault")), "r1-embedded-");
        int kafkaPort = Processes.freePort();
        Burst burst = new Burst("127.0.0.1:" + kafkaPort, SCHOOLS);
        try (AppProcess app = AppProcess.embeddedDefault(data, kafkaPort).start()) {
            killMidBurstAndRestart(app, burst, "embedded");
        }
        assertOneCaseWithOneTriageTaskPerAcceptedReport(burst, CaseCounts.ofH2(data));
    }

    @Test
    @EnabledIf(value = "nl.schoolveilig.support.PostgresTest$Support#postgresAnswers", disabledReason = "No PostgreSQL on 127.0.0.1:5432")
    void onPostgresqlEveryAcceptedReportHasExactlyOneCaseAfterAKillMidBurst() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target/fault")), "r1-postgres-").toAbsolutePath();
        try (PostgresSchema schema = PostgresSchema.fresh("r1")) {
            Burst burst;
            try (BrokerProcess broker = new BrokerProcess(dir.resolve("broker")).start()) {
                Map<String, String> properties = new HashMap<>(schema.appProperties(5432));
                properties.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
                burst = new Burst(broker.bootstrapServers(), SCHOOLS);
                try (AppProcess app = new AppProcess(dir.resolve("app"), properties).start()) {
                    killMidBurstAndRestart(app, burst, "PostgreSQL");
                }
            }
            assertOneCaseWithOneTriageTaskPerAcceptedReport(burst, schema.caseCounts());
        }
    }

    /** Sends the burst, kills the application with SIGKILL a quarter of the way in, starts it again, lets it finish. */
    private static void killMidBurstAndRestart(AppProcess app, Burst burst, String label) {
        long before = MidBurst.fault(app, burst, REPORTS, 250, REPORTS / 4, () -> {
            app.kill();
            app.start();
        }, Duration.ofSeconds(60));
        app.stop();
        System.out.printf("R1 %s: %d acknowledged, %d failed, %d cases before the kill, restart in %s%n",
                label, burst.acknowledged().size(), burst.failed().size(), before, app.startUp());
    }

    private static void assertOneCaseWithOneTriageTaskPerAcceptedReport(Burst burst, CaseCounts counts) {
        assertThat(burst.acknowledged()).hasSize(REPORTS);
        assertThat(counts.missing(burst.acknowledged())).as("accepted reports without a case").isEmpty();
        assertThat(counts.cases()).as("cases").isEqualTo(REPORTS);
        assertThat(counts.casesWithoutExactlyOneTriageTask()).as("cases without exactly one triage task").isZero();
    }
}
