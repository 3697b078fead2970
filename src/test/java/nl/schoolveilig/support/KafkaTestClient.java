package nl.schoolveilig.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends records to the application's broker and reads what it dead-letters, like an outside client would. */
public final class KafkaTestClient implements AutoCloseable {

    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;
    private List<java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata>> deferred;

    public KafkaTestClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** A structured-mode CloudEvent: the whole event as JSON in the value. */
    public void sendStructured(String topic, String key, String id, String source, String type, String subject,
            Object data) {
        Map<String, Object> event = new java.util.LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", source);
        event.put("type", type);
        if (subject != null) {
            event.put("subject", subject);
        }
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key,
                Reports.json(event).getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        send(record);
    }

    /** A binary-mode CloudEvent: attributes in ce_ headers, the data as the value. */
    public void sendBinary(String topic, String key, String id, String source, String type, String subject,
            Object data) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key,
                Reports.json(data).getBytes(StandardCharsets.UTF_8));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_source", source);
        header(record, "ce_type", type);
        if (subject != null) {
            header(record, "ce_subject", subject);
        }
        header(record, "content-type", "application/json");
        send(record);
    }

    public void sendRaw(String topic, String key, byte[] value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    /** Waits for the first record on the topic that matches, and returns it. */
    public ConsumerRecord<String, byte[]> awaitRecord(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
            Duration timeout) {
        return awaitRecords(topic, match, 1, timeout).get(0);
    }

    /** Waits until {@code count} records on the topic match, and returns them in the order read. */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(String topic, Predicate<ConsumerRecord<String, byte[]>> match,
            int count, Duration timeout) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            List<String> seen = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(250))) {
                    if (match.test(record)) {
                        found.add(record);
                        if (found.size() == count) {
                            return found;
                        }
                    } else {
                        seen.add(record.key());
                    }
                }
            }
            throw new AssertionError("Found " + found.size() + " of " + count + " matching records on " + topic
                    + " within " + timeout + "; other keys seen: " + seen);
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends whatever {@code sends} sends without waiting for each acknowledgement in turn, then waits for all
     * of them: a topic filled as fast as the producer can.
     */
    public void sendAtOnce(Runnable sends) {
        List<java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata>> futures = new ArrayList<>();
        deferred = futures;
        try {
            sends.run();
        } finally {
            deferred = null;
        }
        producer.flush();
        for (var future : futures) {
            try {
                future.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("A record was not acknowledged", e);
            }
        }
    }

    private void send(ProducerRecord<String, byte[]> record) {
        if (deferred != null) {
            deferred.add(producer.send(record));
            return;
        }
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not send to " + record.topic(), e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
