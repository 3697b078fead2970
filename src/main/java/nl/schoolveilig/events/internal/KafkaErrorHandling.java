package nl.schoolveilig.events.internal;

import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientException;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import nl.schoolveilig.events.DeadLetterHeaders;
import nl.schoolveilig.events.DeadLetters;
import nl.schoolveilig.events.Topics;
import nl.schoolveilig.events.RejectedEventException;

/**
 * What happens to an event that a listener cannot handle:
 * <ul>
 * <li>a {@link RejectedEventException} (broken, unknown or invalid) goes to {@code <topic>.DLT} at once;</li>
 * <li>a passing fault of the database is retried until it passes: it must never end in the DLT;</li>
 * <li>anything else is retried a few times, then dead-lettered with the error named.</li>
 * </ul>
 * The offset moves on only after the record was handled or dead-lettered, so nothing is lost.
 */
@Configuration
class KafkaErrorHandling {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(KafkaErrorHandling.class);

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<Object, Object> template, MeterRegistry meters) {
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, ex) -> new TopicPartition(record.topic() + Topics.DEAD_LETTER_SUFFIX, -1));
        recoverer.setHeadersFunction((record, ex) -> reasonHeaders(record, ex, meters));
        var handler = new DefaultErrorHandler(recoverer, new FixedBackOff(500, 3));
        handler.addNotRetryableExceptions(RejectedEventException.class);
        handler.setBackOffFunction((record, ex) -> isTransient(ex) ? untilItPasses() : null);
        return handler;
    }

    private static ExponentialBackOff untilItPasses() {
        var backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(10_000);
        return backOff;
    }

    static boolean isTransient(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientException) {
                return true;
            }
        }
        return false;
    }

    private static Headers reasonHeaders(ConsumerRecord<?, ?> record, Exception ex, MeterRegistry meters) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
        RejectedEventException rejected = find(ex);
        String reason = rejected != null ? rejected.reason() : "processing-failed";
        String detail = rejected != null ? rejected.getMessage() : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        // A rejection's detail names fields, never their values; an unexpected error's message might, so only its kind.
        log.warn("Dead-lettered {}-{}@{}: {}: {}", record.topic(), record.partition(), record.offset(), reason,
                rejected != null ? DeadLetters.loggable(detail) : cause.getClass().getName());
        meters.counter(DeadLetters.METER, "topic", record.topic(), "reason", reason).increment();
        Headers headers = new RecordHeaders();
        headers.add(DeadLetterHeaders.REASON, reason.getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetterHeaders.DETAIL, String.valueOf(detail).getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private static RejectedEventException find(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof RejectedEventException rejected) {
                return rejected;
            }
        }
        return null;
    }
}
