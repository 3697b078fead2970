package nl.schoolveilig.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.schoolveilig.processes.AppProcess;
import nl.schoolveilig.processes.Burst;
import nl.schoolveilig.processes.CaseCounts;
import nl.schoolveilig.processes.EngineCounts;
import nl.schoolveilig.processes.BrokerProcess;
import nl.schoolveilig.events.DeadLetterHeaders;
import nl.schoolveilig.events.Topics;
import nl.schoolveilig.support.KafkaTestClient;
import nl.schoolveilig.support.Reports;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R4: poison events of every kind, mixed with good ones: each poison event lands on the dead-letter topic
 * with its reason, logged once at WARN with its id and source and never its content; every good event
 * around them becomes a case. The application (H2 file, the broker in a process of its own) takes two
 * rounds of them; each round is put on the topic as fast as the producer can, so the time over which the
 * application writes a round's dead-letter records is its own pace, not the test's sending. The test prints
 * that rate for the first round (a freshly started application) and the second (warmed up); QUALITY.md asks
 * at least 500 a second.
 */
@Tag("fault")
class PoisonEventsFaultIT {

    private static final int POISON = 600;
    private static final int GOOD_EVERY = 10;

    private enum Kind {
        BROKEN_JSON("unreadable-event"), UNKNOWN_TYPE("unknown-type"), MISSING_FIELD("invalid-report"),
        INVALID_FIELD("invalid-report"), UNKNOWN_SCHOOL("invalid-report"), ONE_MIB("payload-size");

        final String reason;

        Kind(String reason) {
            this.reason = reason;
        }
    }

    /**
     * The rounds, in order: every kind between good ones on a freshly started application, the same once it
     * has warmed up, and the small kinds alone (no 1 MiB events, no good ones), which is the dead-lettering's
     * own pace.
     */
    private enum Round {
        FRESH(true, true), WARM(true, true), SMALL_ONLY(false, false);

        final boolean withOversized;
        final boolean withGoodOnes;

        Round(boolean withOversized, boolean withGoodOnes) {
            this.withOversized = withOversized;
            this.withGoodOnes = withGoodOnes;
        }

        List<Kind> kinds() {
            return java.util.Arrays.stream(Kind.values()).filter(k -> withOversized || k != Kind.ONE_MIB).toList();
        }
    }

    @Test
    void everyPoisonEventIsDeadLetteredWithItsReasonLoggedOnceAndTheGoodOnesAroundThemBecomeCases() throws IOException {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target/fault")), "r4-").toAbsolutePath();
        Map<String, Kind> poisonKeys = new HashMap<>();
        Map<String, String> poisonIds = new HashMap<>();
        List<String> goodIds = new ArrayList<>();
        List<ConsumerRecord<String, byte[]>> dead = new ArrayList<>();
        try (BrokerProcess broker = new BrokerProcess(data.resolve("broker")).start()) {
            broker.createTopic(Topics.REPORTED, 4);
            try (KafkaTestClient kafka = new KafkaTestClient(broker.bootstrapServers());
                    AppProcess app = new AppProcess(data.resolve("app"),
                            Map.of("spring.kafka.bootstrap-servers", broker.bootstrapServers())).start()) {
                for (Round round : Round.values()) {
                    String run = round.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
                    List<Kind> kinds = round.kinds();
                    kafka.sendAtOnce(() -> {
                        for (int i = 0; i < POISON; i++) {
                            Kind kind = kinds.get(i % kinds.size());
                            String key = "poison-" + run + "-" + i;
                            String id = UUID.randomUUID().toString();
                            poisonKeys.put(key, kind);
                            poisonIds.put(key, id);
                            send(kafka, kind, key, id);
                            if (round.withGoodOnes && i % GOOD_EVERY == 0) {
                                String goodId = UUID.randomUUID().toString();
                                goodIds.add(goodId);
                                kafka.sendStructured(Topics.REPORTED, "good-" + run + "-" + i, goodId, Burst.SOURCE,
                                        Burst.TYPE, "zonnewijzer", Reports.cyberbullying("zonnewijzer"));
                            }
                        }
                    });
                    List<ConsumerRecord<String, byte[]>> roundDead = kafka.awaitRecords(Topics.REPORTED + Topics.DEAD_LETTER_SUFFIX,
                            r -> r.key() != null && r.key().startsWith("poison-" + run), POISON, Duration.ofMinutes(3));
                    dead.addAll(roundDead);
                    long first = roundDead.stream().mapToLong(ConsumerRecord::timestamp).min().orElseThrow();
                    long last = roundDead.stream().mapToLong(ConsumerRecord::timestamp).max().orElseThrow();
                    System.out.printf("R4 %s: %d poison events of %d kinds (%d of 1 MiB) between %d good ones; the"
                            + " application wrote the %d dead-letter records over %d ms: %.0f/s%n", round, POISON,
                            kinds.size(), kinds.contains(Kind.ONE_MIB) ? POISON / kinds.size() : 0,
                            round.withGoodOnes ? POISON / GOOD_EVERY : 0, POISON, last - first,
                            (POISON - 1) * 1000.0 / Math.max(1, last - first));
                }
                new EngineCounts(app.baseUrl()).awaitTriageTasks(goodIds.size(), app, Duration.ofSeconds(30),
                        Duration.ofMinutes(3));
                app.stop();
            }
        }

        assertThat(dead).extracting(ConsumerRecord::key).doesNotHaveDuplicates();
        for (ConsumerRecord<String, byte[]> record : dead) {
            assertThat(KafkaTestClient.header(record, DeadLetterHeaders.REASON)).as(record.key())
                    .isEqualTo(poisonKeys.get(record.key()).reason);
            assertThat(KafkaTestClient.header(record, DeadLetterHeaders.DETAIL)).isNotBlank();
        }
        List<String> log = Files.readAllLines(data.resolve("app/app.log"));
        List<String> warnings = log.stream().filter(l -> l.contains(" WARN ") && l.contains("Rejected event")).toList();
        assertThat(warnings).as("one WARN per rejection").hasSize(Round.values().length * POISON);
        poisonIds.forEach((key, id) -> {
            if (poisonKeys.get(key) != Kind.BROKEN_JSON && poisonKeys.get(key) != Kind.ONE_MIB) {
                assertThat(warnings.stream().filter(w -> w.contains(id) && w.contains("urn:test:poison"))).as(key).hasSize(1);
            }
        });
        assertThat(log).as("no report content in the log").noneMatch(l -> l.contains("Offender Name")
                || l.contains("Victim Name") || l.contains("Reporter Name") || l.contains("ouder@example.org"));
        assertThat(CaseCounts.ofH2(data.resolve("app")).missing(goodIds)).as("good events without a case").isEmpty();
    }

    private static void send(KafkaTestClient kafka, Kind kind, String key, String id) {
        Map<String, Object> report = Reports.cyberbullying("zonnewijzer");
        switch (kind) {
            case BROKEN_JSON -> kafka.sendRaw(Topics.REPORTED, key, "{ not json".getBytes(StandardCharsets.UTF_8));
            case UNKNOWN_TYPE -> kafka.sendStructured(Topics.REPORTED, key, id, "urn:test:poison",
                    "nl.schoolveilig.incident.renamed.v9", "zonnewijzer", report);
            case MISSING_FIELD -> {
                report.remove("category");
                kafka.sendStructured(Topics.REPORTED, key, id, "urn:test:poison", Burst.TYPE, "zonnewijzer", report);
            }
            case INVALID_FIELD -> kafka.sendStructured(Topics.REPORTED, key, id, "urn:test:poison", Burst.TYPE,
                    "zonnewijzer", Reports.with(report, "category", "NOT_A_CATEGORY"));
            case UNKNOWN_SCHOOL -> kafka.sendStructured(Topics.REPORTED, key, id, "urn:test:poison", Burst.TYPE,
                    "nergenshuizen", Reports.with(report, "schoolId", "nergenshuizen"));
            case ONE_MIB -> kafka.sendRaw(Topics.REPORTED, key, new byte[1024 * 1024]);
        }
    }
}
