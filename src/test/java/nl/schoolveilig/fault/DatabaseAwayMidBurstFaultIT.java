package nl.schoolveilig.fault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schoolveilig.events.Topics;
import nl.schoolveilig.processes.AppProcess;
import nl.schoolveilig.processes.BrokerProcess;
import nl.schoolveilig.processes.Burst;
import nl.schoolveilig.processes.CaseCounts;
import nl.schoolveilig.processes.MidBurst;
import nl.schoolveilig.processes.Processes;
import nl.schoolveilig.processes.PostgresSchema;
import nl.schoolveilig.processes.TcpProxy;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R3: PostgreSQL goes away for ten seconds in the middle of a burst (a proxy between the application and
 * the machine's server drops every connection and refuses new ones), then comes back: no report ends in
 * the dead-letter topic for it, and every report the broker accepted has exactly one case with exactly
 * one triage task.
 */
@Tag("fault")
@EnabledIf(value = "nl.schoolveilig.support.PostgresTest$Support#postgresAnswers", disabledReason = "No PostgreSQL on 127.0.0.1:5432")
class DatabaseAwayMidBurstFaultIT {

    private static final int REPORTS = 1000;

    @Test
    void aDatabaseOutageMidBurstSendsNothingToTheDeadLetterTopicAndLosesNothing() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target/fault")), "r3-").toAbsolutePath();
        try (PostgresSchema schema = PostgresSchema.fresh("r3")) {
            Burst burst;
            int deadLettered;
            try (TcpProxy database = new TcpProxy(5432);
                    BrokerProcess broker = new BrokerProcess(dir.resolve("broker")).start()) {
                Map<String, String> properties = new HashMap<>(schema.appProperties(database.port()));
                properties.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
                try (AppProcess app = new AppProcess(dir.resolve("app"), properties).start()) {
                    burst = new Burst(broker.bootstrapServers(), List.of("zonnewijzer", "regenboog", "vlinderbos", "klimop"));
                    long before = MidBurst.fault(app, burst, REPORTS, 200, REPORTS / 5, () -> {
                        database.cut();
                        Processes.letTheFaultLast(java.time.Duration.ofSeconds(10)); // how long the database is away
                        database.restore();
                    }, Duration.ofSeconds(90));
                    deadLettered = deadLettered(broker.bootstrapServers());
                    app.stop();
                    System.out.printf("R3: %d acknowledged, %d cases before the database went away, %d dead-lettered%n",
                            burst.acknowledged().size(), before, deadLettered);
                }
            }
            CaseCounts counts = schema.caseCounts();
            assertThat(deadLettered).as("reports dead-lettered").isZero();
            assertThat(counts.missing(burst.acknowledged())).as("accepted reports without a case").isEmpty();
            assertThat(counts.cases()).as("cases").isEqualTo(burst.acknowledged().size());
            assertThat(counts.casesWithoutExactlyOneTriageTask()).as("cases without exactly one triage task").isZero();
        }
    }

    /** What the report topic's dead-letter topic holds, read from its start for a few seconds. */
    private static int deadLettered(String bootstrapServers) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "r3-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.REPORTED + Topics.DEAD_LETTER_SUFFIX));
            List<Object> records = new ArrayList<>();
            long end = System.nanoTime() + Duration.ofSeconds(8).toNanos();
            while (System.nanoTime() < end) {
                consumer.poll(Duration.ofMillis(250)).forEach(records::add);
            }
            return records.size();
        }
    }
}
