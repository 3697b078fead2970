package nl.schoolveilig.processes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh schema in the database {@code test} of the machine's PostgreSQL (127.0.0.1:5432, trust auth) for
 * one application started by a fault test; Flyway creates it, {@link #close()} drops it.
 */
public record PostgresSchema(String name) implements AutoCloseable {

    public static PostgresSchema fresh(String prefix) {
        return new PostgresSchema(prefix + "_" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** The schema's JDBC URL through the given port (5432, or a proxy in front of it). */
    public String url(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/test?currentSchema=" + name;
    }

    /** What the application needs to run on this schema, with the demo directory, through the given port. */
    public Map<String, String> appProperties(int port) {
        return Map.of("spring.profiles.active", "postgres", "spring.datasource.url", url(port),
                "spring.datasource.username", "postgres", "spring.flyway.schemas", name,
                "schoolveilig.demo.enabled", "true");
    }

    public CaseCounts caseCounts() {
        return CaseCounts.of(url(5432), "postgres", "");
    }

    @Override
    public void close() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
            db.createStatement().execute("drop schema if exists " + name + " cascade");
        }
    }
}
