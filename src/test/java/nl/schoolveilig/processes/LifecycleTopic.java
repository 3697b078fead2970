package nl.schoolveilig.processes;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schoolveilig.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The lifecycle topic as a consumer reads it, set against the outbox as the application stored it:
 * per case, which event ids, in which order.
 */
public final class LifecycleTopic {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LifecycleTopic() {
    }

    /** Reads the topic from its start until the condition holds for what was read and nothing more comes. */
    public static List<ConsumerRecord<String, byte[]>> readUntil(String bootstrapServers,
            Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "lifecycle-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.LIFECYCLE));
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            int emptyPolls = 0;
            while (System.nanoTime() < deadline) {
                int before = records.size();
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                emptyPolls = records.size() == before && !consumer.assignment().isEmpty() ? emptyPolls + 1 : 0;
                if (emptyPolls >= 6 && done.test(records)) {
                    return records;
                }
            }
            throw new AssertionError("The lifecycle topic did not reach the expected state; read " + records.size());
        }
    }

    /** The distinct events of this type among the records. */
    public static long count(List<ConsumerRecord<String, byte[]>> records, String type) {
        return records.stream().map(LifecycleTopic::event).filter(e -> type.equals(e.get("type").asText()))
                .map(e -> e.get("id").asText()).distinct().count();
    }

    /** Per case (the record key, which must be the event's subject), the event ids read, each the first time only. */
    public static Map<String, List<String>> firstReadIdsPerCase(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, List<String>> read = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            JsonNode event = event(record);
            if (!record.key().equals(event.get("subject").asText())) {
                throw new AssertionError("Record key " + record.key() + " is not the subject of " + event);
            }
            if (seen.add(event.get("id").asText())) {
                read.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event.get("id").asText());
            }
        }
        return read;
    }

    /** The outbox as stored: per case, its events' ids in the order the relay sends them; all must be published. */
    public static Map<String, List<String>> storedIdsPerCase(String url, String user, String password) throws SQLException {
        Map<String, List<String>> stored = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(url, user, password);
                ResultSet rows = db.createStatement().executeQuery(
                        "select subject, id, published_at from outbox_event order by seq")) {
            while (rows.next()) {
                if (rows.getTimestamp(3) == null) {
                    throw new AssertionError("Lifecycle event " + rows.getString(2) + " was never published");
                }
                stored.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return stored;
    }

    private static JsonNode event(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
