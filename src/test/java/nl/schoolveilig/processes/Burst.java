package nl.schoolveilig.processes;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import nl.schoolveilig.events.Topics;
import nl.schoolveilig.support.Reports;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A burst of report events as another system sends them: structured CloudEvents, keyed by school,
 * each with its own id. Remembers which the broker acknowledged: those are the accepted ones.
 */
public final class Burst {

    public static final String SOURCE = "urn:schoolveilig:test-burst";
    public static final String TYPE = "nl.schoolveilig.incident.reported.v1";

    private final String bootstrapServers;
    private final List<String> schools;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<String> failed = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();

    public Burst(String bootstrapServers, List<String> schools) {
        this.bootstrapServers = bootstrapServers;
        this.schools = schools;
    }

    /** Sends {@code count} new reports and waits until each was acknowledged or failed. */
    public Burst send(int count) {
        return sendTo(Topics.REPORTED, count);
    }

    /** Sends {@code count} new reports to the given topic and waits until each was acknowledged or failed. */
    public Burst sendTo(String topic, int count) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                String school = schools.get(i % schools.size());
                producer.send(record(topic, id, school), (metadata, error) -> (error == null ? acknowledged : failed).add(id));
            }
            producer.flush();
        }
        return this;
    }

    /**
     * Sends {@code count} new reports spread evenly over the first {@code partitions} partitions of the report
     * topic (each still keyed by its school): as a board with many schools would, whatever the hash of this
     * test's four school ids. Waits until each was acknowledged or failed.
     */
    public Burst sendSpread(int count, int partitions) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                ProducerRecord<String, byte[]> keyed = record(Topics.REPORTED, id, schools.get(i % schools.size()));
                ProducerRecord<String, byte[]> placed = new ProducerRecord<>(keyed.topic(), i % partitions, keyed.key(),
                        keyed.value(), keyed.headers());
                producer.send(placed, (metadata, error) -> (error == null ? acknowledged : failed).add(id));
            }
            producer.flush();
        }
        return this;
    }

    /** Sends {@code copies} copies of one report (the same source and id): a sender retrying in a loop. */
    public Burst sendCopies(int copies) {
        String id = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> record = record(Topics.REPORTED, id, schools.get(0));
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < copies; i++) {
                producer.send(record, (metadata, error) -> (error == null ? acknowledged : failed).add(id));
            }
            producer.flush();
        }
        return this;
    }

    /**
     * Sends {@code count} new reports at about {@code perSecond} in the background; the future ends when each
     * was acknowledged or failed. The producer retries through a broker restart (up to two minutes).
     */
    public java.util.concurrent.CompletableFuture<Burst> sendPaced(int count, int perSecond) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try (KafkaProducer<String, byte[]> producer = producer()) {
                long start = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    long due = start + i * 1_000_000_000L / perSecond;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    String id = UUID.randomUUID().toString();
                    sentAt.put(id, System.currentTimeMillis());
                    producer.send(record(Topics.REPORTED, id, schools.get(i % schools.size())),
                            (metadata, error) -> (error == null ? acknowledged : failed).add(id));
                }
                producer.flush();
            }
            return this;
        });
    }

    /** When each paced report was handed to the producer (epoch milliseconds), by event id. */
    public Map<String, Long> sentAt() {
        return Map.copyOf(sentAt);
    }

    public Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    public Set<String> failed() {
        return Set.copyOf(failed);
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Duration.ofMinutes(2).toMillis()),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static ProducerRecord<String, byte[]> record(String topic, String id, String school) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", SOURCE);
        event.put("type", TYPE);
        event.put("subject", school);
        event.put("datacontenttype", "application/json");
        event.put("data", Reports.cyberbullying(school));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, school,
                Reports.json(event).getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
