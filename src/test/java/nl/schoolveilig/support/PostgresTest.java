package nl.schoolveilig.support;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on PostgreSQL (the {@code postgres} profile), against the server on
 * 127.0.0.1:5432 that development and CI machines run (database {@code test}, schema
 * {@code schoolveilig_it}, emptied first), in its own JVM. Skipped when no PostgreSQL answers there.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("own-jvm")
@EnabledIf(value = "nl.schoolveilig.support.PostgresTest$Support#postgresAnswers", disabledReason = "No PostgreSQL on 127.0.0.1:5432")
@ActiveProfiles("postgres")
@Import(PostgresTest.StartFromAnEmptySchema.class)
// The Prometheus registry as in production (a test context otherwise leaves metrics export off).
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=schoolveilig_it",
        "spring.datasource.username=postgres",
        "spring.flyway.schemas=schoolveilig_it",
        "spring.flyway.clean-disabled=false",
        "schoolveilig.demo.enabled=true",
        "schoolveilig.kafka.embedded.port=0",
        "schoolveilig.kafka.embedded.controller-port=0",
        "schoolveilig.kafka.embedded.data-dir=target/it-data/kafka-${random.uuid}",
        "schoolveilig.intake.report-form-limit.reports-per-address=60",
        "schoolveilig.requests.parent-form-limit.per-address=60",
        // The access matrix follows a report 36 times from 127.0.0.1; FollowReportIT tries the limit from its own address.
        "schoolveilig.follow-limit.per-address=100",
        // Every request of the tests logs in with HTTP Basic: a cheap hash keeps them fast (production: 10).
        "schoolveilig.security.password-hash-cost=4"})
public @interface PostgresTest {

    /** The condition and the schema reset of {@link PostgresTest}. */
    final class Support {

        private Support() {
        }

        public static boolean postgresAnswers() {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    @TestConfiguration
    class StartFromAnEmptySchema {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return (Flyway flyway) -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
