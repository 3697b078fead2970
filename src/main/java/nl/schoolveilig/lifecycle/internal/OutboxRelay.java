package nl.schoolveilig.lifecycle.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nl.schoolveilig.events.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Relays the outbox to {@value Topics#LIFECYCLE} and {@value Topics#REQUESTS_LIFECYCLE} as structured
 * CloudEvents (key = the case's or the request's reference),
 * oldest first. A batch stops at the first event Kafka does not take, so no later event of a case
 * overtakes an earlier one; it is tried again on the next round. At least once: a consumer
 * recognises a repeat by the event id, which never changes.
 *
 * <p>One node relays at a time: each round's transaction first locks the relay's row in
 * {@code relay_lock}, and a node that finds it locked leaves the round to the node holding it. Two relays
 * taking turns on the oldest rows could otherwise send a case's later event before its earlier one.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;
    private static final URI SOURCE = URI.create("urn:schoolveilig");
    private static final String LOCK = "select name from relay_lock where name = ? for update skip locked";
    private static final String LOCK_NAME = "lifecycle-outbox";

    private final OutboxRepository outbox;
    private final KafkaTemplate<String, byte[]> kafka;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final EventFormat json = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    OutboxRelay(OutboxRepository outbox, KafkaTemplate<String, byte[]> kafka, TransactionTemplate transaction,
            JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
        Gauge.builder("schoolveilig.outbox.backlog", outbox, OutboxRepository::countByPublishedAtIsNull)
                .description("Lifecycle events not yet relayed to Kafka").register(meters);
        this.outbox = outbox;
        this.kafka = kafka;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${schoolveilig.outbox.relay-interval:500ms}")
    void relay() {
        Integer relayed;
        do {
            relayed = transaction.execute(status -> relayBatch());
        } while (relayed != null && relayed == BATCH);
    }

    private int relayBatch() {
        if (jdbc.queryForList(LOCK, String.class, LOCK_NAME).isEmpty()) {
            return 0;
        }
        List<OutboxEvent> pending = outbox.findByPublishedAtIsNullOrderBySeqAsc(Limit.of(BATCH));
        int relayed = 0;
        for (OutboxEvent event : pending) {
            try {
                kafka.send(record(event)).get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException e) {
                log.warn("Kafka did not take lifecycle event {} ({}); trying again later: {}", event.id(), event.type(),
                        e.getMessage());
                break;
            }
            event.published(clock.instant());
            relayed++;
        }
        return relayed;
    }

    private ProducerRecord<String, byte[]> record(OutboxEvent event) {
        CloudEvent cloudEvent = CloudEventBuilder.v1()
                .withId(event.id().toString())
                .withSource(SOURCE)
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(event.data().getBytes(StandardCharsets.UTF_8))
                .build();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.subject(),
                json.serialize(cloudEvent));
        record.headers().add("content-type", JsonFormat.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
