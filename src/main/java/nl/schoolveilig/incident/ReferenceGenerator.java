package nl.schoolveilig.incident;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out case references {@code INC-<year>-<number>}: the number comes from a database sequence,
 * so a reference is unique across nodes and never reused, even after a rollback.
 */
@Component
class ReferenceGenerator {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String nextNumberSql;

    ReferenceGenerator(JdbcTemplate jdbc, Clock clock, EntityManagerFactory entityManagerFactory) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.nextNumberSql = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getSequenceSupport()
                .getSequenceNextValString("incident_number_seq");
    }

    String next() {
        Long number = jdbc.queryForObject(nextNumberSql, Long.class);
        return "INC-%d-%06d".formatted(Year.now(clock.withZone(DUTCH_TIME)).getValue(), number);
    }
}
