package nl.schoolveilig.events.internal;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.kafka.KafkaConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the in-process broker only when no external Kafka is configured
 * ({@code spring.kafka.bootstrap-servers} unset), and points the Kafka clients at it.
 */
@Configuration
@ConditionalOnExpression("'${spring.kafka.bootstrap-servers:}'.isEmpty()")
class EmbeddedKafkaConfiguration {

    @Bean
    EmbeddedKafkaBroker embeddedKafkaBroker(EmbeddedBrokerProperties properties) {
        return new EmbeddedKafkaBroker(properties);
    }

    @Bean
    KafkaConnectionDetails embeddedKafkaConnectionDetails(EmbeddedKafkaBroker broker) {
        return () -> List.of(broker.bootstrapServers());
    }
}
