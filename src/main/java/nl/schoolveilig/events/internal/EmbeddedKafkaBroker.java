package nl.schoolveilig.events.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * A single-node Kafka broker (KRaft, broker and controller in one) running Kafka's own server code
 * inside the application, listening on 127.0.0.1 only. The log lives under the data directory so
 * events survive a restart. Kafka's exit and halt calls are neutralised: a broker error must not
 * end the application.
 */
public class EmbeddedKafkaBroker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    static final int MAX_RECORD_BYTES = 2 * 1024 * 1024;

    private final KafkaRaftServer server;
    private final int port;

    EmbeddedKafkaBroker(EmbeddedBrokerProperties properties) {
        Exit.setExitProcedure((status, message) -> log.error("Embedded Kafka asked to exit ({}): {}", status, message));
        Exit.setHaltProcedure((status, message) -> log.error("Embedded Kafka asked to halt ({}): {}", status, message));
        this.port = properties.port() == 0 ? freePort() : properties.port();
        int controllerPort = properties.controllerPort() == 0 ? freePort() : properties.controllerPort();
        Path logDir = properties.dataDir().toAbsolutePath();
        KafkaConfig config = KafkaConfig.fromProps(brokerProperties(logDir, port, controllerPort), false);
        formatIfNeeded(logDir);
        this.server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        log.info("Embedded Kafka broker listening on 127.0.0.1:{} (data in {})", port, logDir);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void destroy() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties brokerProperties(Path logDir, int port, int controllerPort) {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", "2");
        props.put("auto.create.topics.enable", "true");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "4");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.flush.interval.messages", "1");
        // Room for an oversized record, so that it reaches the application and is dead-lettered with a reason.
        props.put("message.max.bytes", String.valueOf(MAX_RECORD_BYTES));
        return props;
    }

    private static void formatIfNeeded(Path logDir) {
        try {
            Files.createDirectories(logDir);
            if (Files.exists(logDir.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME))) {
                return;
            }
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(1)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(logDir.toString())
                    .setDirectories(List.of(logDir.toString()))
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the embedded Kafka log directory " + logDir, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
