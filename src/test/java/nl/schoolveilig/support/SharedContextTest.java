package nl.schoolveilig.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application as the embedded default runs it (H2, in-process Kafka, demo directory, real HTTP
 * port), shared by every integration test that carries this annotation: one context, started once.
 * The database lives in memory, the broker on free ports with a fresh log, mail goes to a
 * GreenMail SMTP server ({@link TestSmtpServer}), and people may sign in at a real OpenID Connect provider
 * ({@link TestIdentityProvider}) as well as with the demo passwords.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({TestSmtpServer.class, QueryCounter.class})
// The board's identity provider: a real OpenID Connect server in the test JVM.
@ContextConfiguration(initializers = TestIdentityProvider.Initializer.class)
// The Prometheus registry as in production (a test context otherwise leaves metrics export off).
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:schoolveilig-it;DB_CLOSE_DELAY=-1",
        "schoolveilig.kafka.embedded.port=0",
        "schoolveilig.kafka.embedded.controller-port=0",
        "schoolveilig.kafka.embedded.data-dir=target/it-data/kafka-${random.uuid}",
        // Tests call the overdue watch themselves.
        "schoolveilig.deadlines.watch-interval=1h",
        // Room for every form the suite sends from 127.0.0.1; AbuseLimitsIT sends more from its own address.
        "schoolveilig.intake.report-form-limit.reports-per-address=60",
        "schoolveilig.requests.parent-form-limit.per-address=60",
        // The access matrix follows a report 36 times from 127.0.0.1; FollowReportIT tries the limit from its own address.
        "schoolveilig.follow-limit.per-address=100",
        // Every request of the tests logs in with HTTP Basic: a cheap hash keeps them fast (production: 10).
        "schoolveilig.security.password-hash-cost=4",
        // What the application logs through the whole suite, a file per start, for the scan for personal data
        // (LogsWithoutPersonalDataIT). The test SMTP server is no part of the application: it logs every address.
        "logging.file.name=" + SharedContextTest.LOG_DIRECTORY + "/shared-context-${random.uuid}.log",
        "logging.level.com.icegreen.greenmail=WARN"})
public @interface SharedContextTest {

    /** Where the shared application's log is kept, beside the console's: a file per start. */
    String LOG_DIRECTORY = "target/it-logs";
}
