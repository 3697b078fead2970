package nl.schoolveilig.events.internal;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import nl.schoolveilig.events.Topics;

/**
 * Creates the topics of the contract on the broker when they do not exist yet. The report topic has
 * {@code schoolveilig.kafka.report-partitions} partitions (4): that many nodes can take in reports at
 * once. Kafka adds partitions to an existing topic (spring-kafka's admin does so at start-up when this
 * number is raised) but never removes any. The other topics keep two: a case's updates and lifecycle
 * events are keyed by its reference (a request's by its own), and a new partition count would send a case's later events to
 * another partition than its earlier ones.
 */
@Configuration
class TopicDeclarations {

    private static final int PARTITIONS = 2;

    @Bean
    KafkaAdmin.NewTopics schoolIncidentTopics(@Value("${schoolveilig.kafka.report-partitions:4}") int reportPartitions) {
        return new KafkaAdmin.NewTopics(
                topic(Topics.REPORTED, reportPartitions), topic(Topics.REPORTED + Topics.DEAD_LETTER_SUFFIX, reportPartitions),
                topic(Topics.UPDATES, PARTITIONS), topic(Topics.UPDATES + Topics.DEAD_LETTER_SUFFIX, PARTITIONS),
                topic(Topics.LIFECYCLE, PARTITIONS), topic(Topics.REQUESTS_LIFECYCLE, PARTITIONS));
    }

    private static NewTopic topic(String name, int partitions) {
        return TopicBuilder.name(name).partitions(partitions).build();
    }
}
