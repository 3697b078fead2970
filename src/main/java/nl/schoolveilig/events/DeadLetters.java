package nl.schoolveilig.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;

/**
 * Dead-letters the records a batch listener rejects: each goes, unchanged, to {@code <topic>.DLT} with
 * the reason in {@link DeadLetterHeaders} and where it came from in Spring Kafka's {@code kafka_dlt-*}
 * headers, all sends of a batch in flight at once; {@link Batch#await()} returns when the broker has
 * every one, so the batch's offsets are committed only after its rejects are safe. Each rejection is
 * logged once at WARN with the event's id and source and the reason, never the payload.
 */
@Component
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    /** Events sent to a dead-letter topic, by the topic they came from and the reason. */
    public static final String METER = "schoolveilig.events.dead.lettered";

    private static final int LOGGED_LENGTH = 200;

    private final KafkaOperations<Object, Object> kafka;
    private final MeterRegistry meters;

    DeadLetters(KafkaOperations<Object, Object> kafka, MeterRegistry meters) {
        this.kafka = kafka;
        this.meters = meters;
    }

    /**
     * The sender chooses the id and the source, and a parser's message may quote the event: one line of at most
     * {@value #LOGGED_LENGTH} characters, without control characters, so no event can forge or split a log line.
     */
    public static String loggable(String text) {
        if (text == null) {
            return "-";
        }
        String line = text.replaceAll("\\p{Cntrl}+", " ").strip();
        return line.length() <= LOGGED_LENGTH ? line : line.substring(0, LOGGED_LENGTH) + "\u2026";
    }

    public Batch batch() {
        return new Batch();
    }

    /** The rejects of one batch. */
    public final class Batch {

        private final List<CompletableFuture<?>> sends = new ArrayList<>();

        private Batch() {
        }

        /**
         * @param eventId the event's id when it could be read, else {@code null}
         * @param source  the event's source when it could be read, else {@code null}
         */
        public void reject(ConsumerRecord<?, ?> record, String eventId, String source, RejectedEventException rejection) {
            log.warn("Rejected event {} from {} ({}-{}@{}): {}: {}", loggable(eventId), loggable(source), record.topic(),
                    record.partition(), record.offset(), rejection.reason(), loggable(rejection.getMessage()));
            meters.counter(METER, "topic", record.topic(), "reason", rejection.reason()).increment();
            Headers headers = new RecordHeaders();
            for (Header header : record.headers()) {
                headers.add(header);
            }
            text(headers, DeadLetterHeaders.REASON, rejection.reason());
            text(headers, DeadLetterHeaders.DETAIL, rejection.getMessage());
            text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC, record.topic());
            headers.add(KafkaHeaders.DLT_ORIGINAL_PARTITION, java.nio.ByteBuffer.allocate(4).putInt(record.partition()).array());
            headers.add(KafkaHeaders.DLT_ORIGINAL_OFFSET, java.nio.ByteBuffer.allocate(8).putLong(record.offset()).array());
            text(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE, rejection.getMessage());
            sends.add(kafka.send(new ProducerRecord<>(record.topic() + Topics.DEAD_LETTER_SUFFIX, null,
                    record.key(), record.value(), headers)));
        }

        /** Waits until the broker acknowledged every reject; a failure throws, so the batch is read again. */
        public void await() {
            try {
                CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while dead-lettering", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Could not dead-letter the rejected events", e);
            }
        }

        private static void text(Headers headers, String name, String value) {
            headers.add(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        }
    }
}
