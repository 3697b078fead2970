package nl.schoolveilig.intake;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;

/**
 * The channel contract on PostgreSQL (the {@code postgres} profile), against the server on
 * 127.0.0.1:5432 that development and CI machines run (database {@code test}, schema
 * {@code schoolveilig_it}, emptied first). Skipped when no PostgreSQL answers there.
 */
@Tag("own-jvm")
@EnabledIf(value = "postgresAnswers", disabledReason = "No PostgreSQL on 127.0.0.1:5432")
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=schoolveilig_it",
        "spring.datasource.username=postgres",
        "spring.flyway.schemas=schoolveilig_it",
        "spring.flyway.clean-disabled=false",
        "schoolveilig.demo.enabled=true",
        "schoolveilig.kafka.embedded.port=0",
        "schoolveilig.kafka.embedded.controller-port=0",
        "schoolveilig.kafka.embedded.data-dir=target/it-data/kafka-${random.uuid}"})
class PostgresChannelsIT extends ChannelsContract {

    static boolean postgresAnswers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @TestConfiguration
    static class StartFromAnEmptySchema {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
