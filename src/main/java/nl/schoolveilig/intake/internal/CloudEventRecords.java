package nl.schoolveilig.intake.internal;

import java.util.Objects;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import nl.schoolveilig.events.RejectedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads a Kafka record as a CloudEvent 1.0, structured or binary; anything else is rejected with the reason. */
final class CloudEventRecords {

    private CloudEventRecords() {
    }

    static CloudEvent read(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null || record.value().length > ReportReader.MAX_BYTES) {
            throw new RejectedEventException("payload-size", record.value() == null
                    ? "The record has no value"
                    : "The record is larger than " + ReportReader.MAX_BYTES / 1024 + " KiB");
        }
        try {
            MessageReader message = KafkaMessageFactory.createReader(record);
            return message.toEvent();
        } catch (CloudEventRWException e) {
            if (record.headers().lastHeader("ce_specversion") == null) {
                return readStructuredWithoutContentType(record.value());
            }
            throw new RejectedEventException("unreadable-event", "Not a CloudEvent 1.0: " + e.getMessage());
        }
    }

    /** Some clients send a structured event without the content-type header; accept the JSON as it is. */
    private static CloudEvent readStructuredWithoutContentType(byte[] value) {
        try {
            return Objects.requireNonNull(EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE))
                    .deserialize(value);
        } catch (EventDeserializationException | CloudEventRWException | IllegalStateException e) {
            throw new RejectedEventException("unreadable-event",
                    "Not a CloudEvent 1.0 in JSON (structured mode) nor in binary mode: " + e.getMessage());
        }
    }
}
