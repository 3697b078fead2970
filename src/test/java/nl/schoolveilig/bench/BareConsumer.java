package nl.schoolveilig.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The baseline of P1: a plain Kafka consumer that inserts one row per record into the same kind of
 * database as the application's (on H2 a file with its durability, WRITE_DELAY=0), each in its own
 * transaction, and commits the offsets after each poll. What a consumer costs on this machine before any of our work.
 */
final class BareConsumer {

    private BareConsumer() {
    }

    /**
     * Subscribes; once the partitions are assigned has {@code send} send {@code warmup} records and inserts them,
     * then starts the clock, has it send {@code count} more and returns the records per second until those
     * were inserted and their offsets committed.
     */
    static double run(String bootstrapServers, String topic, int warmup, int count, BenchDatabase database,
            java.util.function.IntConsumer send) throws SQLException {
        try (Connection db = database.bareConsumer().connect();
                KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG, "bench-bare-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                        new StringDeserializer(), new ByteArrayDeserializer())) {
            db.createStatement().execute(database.receivedTable());
            db.setAutoCommit(true);
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            try (PreparedStatement insert = db.prepareStatement("insert into received values (?, ?, ?, ?, ?)")) {
                if (warmup > 0) {
                    send.accept(warmup);
                    insert(consumer, insert, warmup);
                }
                long start = System.nanoTime();
                send.accept(count);
                int read = insert(consumer, insert, count);
                return read / ((System.nanoTime() - start) / 1e9);
            }
        }
    }

    private static int insert(KafkaConsumer<String, byte[]> consumer, PreparedStatement insert, int count) throws SQLException {
        int read = 0;
        while (read < count) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, record.key());
                insert.setInt(3, record.partition());
                insert.setLong(4, record.offset());
                insert.setBytes(5, record.value());
                insert.executeUpdate();
                read++;
            }
            consumer.commitSync();
        }
        return read;
    }
}
