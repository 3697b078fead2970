package nl.schoolveilig.events.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-process Kafka broker of the embedded default.
 *
 * @param port           the client port on 127.0.0.1 (0 picks a free port)
 * @param controllerPort the KRaft controller port on 127.0.0.1 (0 picks a free port)
 * @param dataDir        where the broker keeps its log
 */
@ConfigurationProperties("schoolveilig.kafka.embedded")
record EmbeddedBrokerProperties(@DefaultValue("9092") int port, @DefaultValue("9093") int controllerPort,
        Path dataDir) {
}
