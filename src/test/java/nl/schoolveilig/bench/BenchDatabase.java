package nl.schoolveilig.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import nl.schoolveilig.support.PostgresTest;

/**
 * Where one benchmark run keeps its data: the application's database, the bare consumer's and the bare
 * engine's, all of one kind. On H2 three files under the run's directory, with the application's
 * durability; on PostgreSQL three fresh databases on the machine's server (127.0.0.1:5432, trust auth),
 * dropped when the run ends.
 */
interface BenchDatabase extends AutoCloseable {

    /** How the table names it. */
    String description();

    /** What the application is started with to use its database. */
    Map<String, String> appProperties();

    Jdbc app();

    Jdbc bareConsumer();

    Jdbc bareEngine();

    /** The bare consumer's table, in this database's dialect. */
    String receivedTable();

    @Override
    void close() throws SQLException;

    record Jdbc(String url, String user, String password) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    static BenchDatabase named(String name, Path runDir) throws SQLException {
        return switch (name) {
            case "h2" -> new H2(runDir);
            case "postgres" -> new Postgres();
            default -> throw new IllegalArgumentException("bench.databases: h2 or postgres, not " + name);
        };
    }

    static boolean postgresAnswers() {
        return PostgresTest.Support.postgresAnswers();
    }

    final class H2 implements BenchDatabase {
        private final Path dir;

        H2(Path dir) {
            this.dir = dir.toAbsolutePath();
        }

        @Override
        public String description() {
            return "H2 file (WRITE_DELAY=0)";
        }

        @Override
        public Map<String, String> appProperties() {
            return Map.of();
        }

        @Override
        public Jdbc app() {
            return new Jdbc("jdbc:h2:file:" + dir.resolve("app/db/schoolveilig"), "sa", "");
        }

        @Override
        public Jdbc bareConsumer() {
            return new Jdbc("jdbc:h2:file:" + dir.resolve("bare") + ";WRITE_DELAY=0", "sa", "");
        }

        @Override
        public Jdbc bareEngine() {
            return new Jdbc("jdbc:h2:file:" + dir.resolve("bare-engine") + ";WRITE_DELAY=0", "sa", "");
        }

        @Override
        public String receivedTable() {
            return "create table if not exists received (id uuid primary key, rkey varchar(100), "
                    + "topic_partition int, record_offset bigint, payload varbinary(2000000))";
        }

        @Override
        public void close() {
        }
    }

    final class Postgres implements BenchDatabase {
        private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
        private final String prefix = "bench_" + UUID.randomUUID().toString().substring(0, 8);

        Postgres() throws SQLException {
            try (Connection db = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
                for (String part : new String[] {"app", "bare", "engine"}) {
                    db.createStatement().execute("create database " + prefix + "_" + part);
                }
            }
        }

        @Override
        public String description() {
            return "PostgreSQL " + serverVersion() + " on 127.0.0.1";
        }

        @Override
        public Map<String, String> appProperties() {
            return Map.of("spring.profiles.active", "postgres", "spring.datasource.url", app().url(),
                    "spring.datasource.username", "postgres", "schoolveilig.demo.enabled", "true");
        }

        @Override
        public Jdbc app() {
            return new Jdbc(SERVER + prefix + "_app", "postgres", "");
        }

        @Override
        public Jdbc bareConsumer() {
            return new Jdbc(SERVER + prefix + "_bare", "postgres", "");
        }

        @Override
        public Jdbc bareEngine() {
            return new Jdbc(SERVER + prefix + "_engine", "postgres", "");
        }

        @Override
        public String receivedTable() {
            return "create table if not exists received (id uuid primary key, rkey varchar(100), "
                    + "topic_partition int, record_offset bigint, payload bytea)";
        }

        private String serverVersion() {
            try (Connection db = app().connect()) {
                return db.getMetaData().getDatabaseProductVersion();
            } catch (SQLException e) {
                return "";
            }
        }

        @Override
        public void close() throws SQLException {
            try (Connection db = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
                for (String part : new String[] {"app", "bare", "engine"}) {
                    db.createStatement().execute("drop database if exists " + prefix + "_" + part + " with (force)");
                }
            }
        }
    }
}
