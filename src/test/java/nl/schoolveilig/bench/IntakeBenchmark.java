package nl.schoolveilig.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import nl.schoolveilig.events.Topics;
import nl.schoolveilig.processes.AppProcess;
import nl.schoolveilig.processes.BrokerProcess;
import nl.schoolveilig.processes.Burst;
import nl.schoolveilig.processes.CaseCounts;
import nl.schoolveilig.processes.EngineCounts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * P1–P4 of QUALITY.md on each database of {@code bench.databases} (H2 file, PostgreSQL), each figure
 * beside its baseline from the same run on the same kind of database: the packaged
 * application and a bare Kafka consumer reading the same kind of records from the same broker (a process
 * of its own), and a bare Camunda engine in this JVM. {@code ./mvnw -Pbench verify} runs it at full size
 * and writes docs/benchmarks.md; the CI run ({@code -Pci}) runs it small, as a smoke test, and writes nothing.
 * It asserts counts only (exactly one case per report, one for the duplicate storm), never a time.
 */
@Tag("bench")
class IntakeBenchmark {

    private static final List<String> SCHOOLS = List.of("zonnewijzer", "regenboog", "vlinderbos", "klimop");
    private static final String INTAKE_GROUP = "report-intake";
    /** QUALITY.md P2: latency at a fixed 10 reports per second. */
    private static final int PACE = 10;

    private final int reports = Integer.getInteger("bench.reports", 200);
    /** Reports each side takes before the clock starts: the JIT compiles the hot paths first, as in a running service. */
    private final int warmup = Integer.getInteger("bench.warmup", 0);
    private final int duplicates = Integer.getInteger("bench.duplicates", 1000);
    private final int paced = Integer.getInteger("bench.paced", 100);
    private final boolean write = Boolean.getBoolean("bench.write");

    @Test
    void intakeEndToEndDuplicatesAndFootprintBesideTheirBaselines() throws Exception {
        Path run = Files.createTempDirectory(Files.createDirectories(Path.of("target/bench")), "run-").toAbsolutePath();
        List<String> tables = new ArrayList<>();
        for (String name : System.getProperty("bench.databases", "h2").split(",")) {
            if (name.strip().equals("postgres") && !BenchDatabase.postgresAnswers()) {
                tables.add("PostgreSQL: not measured, no server answers on 127.0.0.1:5432.\n");
                continue;
            }
            Path dir = Files.createDirectories(run.resolve(name.strip()));
            try (BenchDatabase database = BenchDatabase.named(name.strip(), dir)) {
                tables.add(measure(database, dir).table());
            }
        }
        String table = String.join("\n", tables);
        System.out.println(table);
        if (write) {
            Benchmarks.write(Path.of("docs/benchmarks.md"), table);
        }
    }

    private Figures measure(BenchDatabase database, Path dir) throws Exception {
        Figures figures = new Figures(database.description(), reports, warmup, duplicates, paced);
        try (BrokerProcess broker = new BrokerProcess(dir.resolve("broker")).start()) {
            broker.createTopic("bench-bare", 4);
            broker.createTopic(Topics.REPORTED, 4);
            figures.bareConsumer = BareConsumer.run(broker.bootstrapServers(), "bench-bare", warmup, reports, database,
                    count -> new Burst(broker.bootstrapServers(), SCHOOLS).sendTo("bench-bare", count));

            Burst warm = new Burst(broker.bootstrapServers(), SCHOOLS);
            Burst burst = new Burst(broker.bootstrapServers(), SCHOOLS);
            Burst pacedBurst = new Burst(broker.bootstrapServers(), SCHOOLS);
            AtomicLong peakRss = new AtomicLong();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            Map<String, String> properties = new HashMap<>(database.appProperties());
            properties.put("spring.kafka.bootstrap-servers", broker.bootstrapServers());
            try (AppProcess app = new AppProcess(dir.resolve("app"), properties);
                    Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                app.start();
                figures.startUp = app.startUp();
                awaitIntakeAssigned(admin);
                sampler.scheduleAtFixedRate(() -> peakRss.accumulateAndGet(app.residentKiB(), Math::max), 0, 250,
                        TimeUnit.MILLISECONDS);
                EngineCounts engine = new EngineCounts(app.baseUrl());
                if (warmup > 0) {
                    warm.send(warmup);
                    until(() -> committed(admin) >= warmup, Duration.ofMinutes(30));
                    engine.awaitTriageTasks(warmup, app, Duration.ofSeconds(90), Duration.ofMinutes(30));
                }
                long sent = System.nanoTime();
                burst.send(reports);
                figures.intake = reports / seconds(sent, until(() -> committed(admin) >= warmup + reports,
                        Duration.ofMinutes(30)));
                engine.awaitTriageTasks(warmup + reports, app, Duration.ofSeconds(90), Duration.ofMinutes(30));
                figures.endToEnd = reports / seconds(sent, System.nanoTime());
                figures.peakRssKiB = peakRss.get();

                long before = committed(admin);
                long storm = System.nanoTime();
                new Burst(broker.bootstrapServers(), SCHOOLS).sendCopies(duplicates);
                figures.duplicateStorm = duplicates / seconds(storm,
                        until(() -> committed(admin) - before >= duplicates, Duration.ofMinutes(30)));
                engine.awaitTriageTasks(warmup + reports + 1, app, Duration.ofSeconds(30), Duration.ofMinutes(10));

                pacedBurst.sendPaced(paced, PACE).join();
                engine.awaitTriageTasks(warmup + reports + 1 + paced, app, Duration.ofSeconds(30), Duration.ofMinutes(10));
                app.stop();
            } finally {
                sampler.shutdownNow();
            }
            CaseCounts counts = CaseCounts.of(database.app().url(), database.app().user(), database.app().password());
            assertThat(counts.missing(warm.acknowledged())).as("warm-up reports without a case").isEmpty();
            assertThat(counts.missing(burst.acknowledged())).as("reports without a case").isEmpty();
            assertThat(counts.missing(pacedBurst.acknowledged())).as("paced reports without a case").isEmpty();
            assertThat(counts.cases()).as("cases: one per report and one for the duplicate storm")
                    .isEqualTo(warmup + reports + 1 + paced);
            figures.latencies = Latencies.of(database.app(), pacedBurst.sentAt());
        }
        figures.bareEngine = BareEngine.run(warmup, reports, database);
        return figures;
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    /** Waits until the condition holds and returns when (System.nanoTime). */
    /** When the condition first held (polled every 20 ms, the figures' resolution); fails after {@code limit}. */
    private static long until(Condition condition, Duration limit) {
        await().atMost(limit).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).until(condition::holds);
        return System.nanoTime();
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /** The intake's consumer has its partitions: the clock can start. */
    private static void awaitIntakeAssigned(Admin admin) throws Exception {
        until(() -> admin.describeConsumerGroups(List.of(INTAKE_GROUP)).all().get(10, TimeUnit.SECONDS)
                .get(INTAKE_GROUP).members().stream().anyMatch(m -> !m.assignment().topicPartitions().isEmpty()),
                Duration.ofMinutes(2));
    }

    private static long committed(Admin admin) throws Exception {
        Map<?, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(INTAKE_GROUP)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        return offsets.values().stream().filter(o -> o != null).mapToLong(OffsetAndMetadata::offset).sum();
    }

    /** What one run measured, and how it reads against QUALITY.md. */
    static final class Figures {
        final int reports;
        final int warmup;
        final int duplicates;
        final int paced;
        final String database;
        Latencies latencies;
        double bareConsumer;
        double intake;
        double bareEngine;
        double endToEnd;
        double duplicateStorm;
        Duration startUp;
        long peakRssKiB;

        Figures(String database, int reports, int warmup, int duplicates, int paced) {
            this.database = database;
            this.reports = reports;
            this.warmup = warmup;
            this.duplicates = duplicates;
            this.paced = paced;
        }

        String table() {
            return String.join("\n",
                    "Run of " + LocalDate.now() + " on " + machine() + "; " + database + ", a Kafka broker in its own process, "
                            + reports + " reports" + (warmup > 0 ? " after " + warmup + " to warm up (each side)" : " (no warm-up)")
                            + ", " + duplicates + " copies for P3, " + paced + " reports at " + PACE + "/s for the latency;"
                            + " application JVM: " + AppProcess.jvmOptions().replace(Path.of("").toAbsolutePath() + "/", "") + ".",
                    "",
                    "| bar | measured | baseline, same run | ratio | target |",
                    "|---|---|---|---|---|",
                    String.format("| P1 intake (event → case committed → offset committed) | %.0f/s | bare consumer, one row per record: %.0f/s | %.3f | ≥ 3,000/s and ≥ 0.25 |",
                            intake, bareConsumer, intake / bareConsumer),
                    String.format("| P2 end to end (event → triage task) | %.1f/s | bare engine, start → user task: %.1f/s | %.3f | ≥ 50/s and ≥ 0.5 |",
                            endToEnd, bareEngine, endToEnd / bareEngine),
                    String.format("| P2 latency at %d/s (event → triage task) | p50 %d ms, p95 %d ms, p99 %d ms | | | p99 < 1 s |",
                            PACE, latencies.percentile(50), latencies.percentile(95), latencies.percentile(99)),
                    String.format("| P3 duplicate storm (%d copies of one event) | %.0f/s, one case | | | ≥ 2,000/s, one case |",
                            duplicates, duplicateStorm),
                    String.format("| P4 start-up (until /actuator/health is UP) | %.1f s | | | ≤ 20 s |", startUp.toMillis() / 1000.0),
                    String.format("| P4 resident memory under load (peak over warm-up, P1 and P2) | %d MiB | | | ≤ 1 GiB |", peakRssKiB / 1024),
                    "");
        }

        private static String machine() {
            var os = ManagementFactory.getOperatingSystemMXBean();
            long memory = ((com.sun.management.OperatingSystemMXBean) os).getTotalMemorySize() / (1024L * 1024 * 1024);
            return os.getAvailableProcessors() + " cores, " + memory + " GiB, " + cpuModel() + ", Java "
                    + System.getProperty("java.version");
        }

        private static String cpuModel() {
            try {
                return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                        .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
            } catch (IOException e) {
                return "unknown CPU";
            }
        }
    }
}
