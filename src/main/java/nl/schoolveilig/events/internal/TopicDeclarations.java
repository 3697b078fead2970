package nl.schoolveilig.events.internal;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import nl.schoolveilig.events.Topics;

/** Creates the topics of the contract on the broker when they do not exist yet. */
@Configuration
class TopicDeclarations {

    private static final int PARTITIONS = 2;

    @Bean
    KafkaAdmin.NewTopics schoolIncidentTopics() {
        return new KafkaAdmin.NewTopics(
                topic(Topics.REPORTED), topic(Topics.REPORTED + Topics.DEAD_LETTER_SUFFIX),
                topic(Topics.UPDATES), topic(Topics.UPDATES + Topics.DEAD_LETTER_SUFFIX),
                topic(Topics.LIFECYCLE));
    }

    private static NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(PARTITIONS).build();
    }
}
