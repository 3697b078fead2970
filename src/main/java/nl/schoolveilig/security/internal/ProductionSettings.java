package nl.schoolveilig.security.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * With the {@code production} profile the application starts only when it is safe to: no demo directory, no
 * password logins, the board's identity provider configured with a real secret, a database password. Checked
 * before anything starts; the refusal names every setting to fill in (and its environment variable).
 */
public class ProductionSettings implements EnvironmentPostProcessor {

    static final String PROFILE = "production";

    /** Secrets that ship in examples and defaults, never in a production deployment. */
    private static final Set<String> KNOWN_DEFAULTS = Set.of("demo", "secret", "changeme", "change-me", "password",
            "wachtwoord", "admin", "postgres", "sa", "test", "schoolveilig", "client-secret");
    static final int SHORTEST_CLIENT_SECRET = 16;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new UnsafeProductionSettings(problems);
        }
    }

    static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        if (environment.getProperty("schoolveilig.demo.enabled", Boolean.class, false)) {
            problems.add("schoolveilig.demo.enabled must be false (SCHOOLVEILIG_DEMO=false): production has no demo users");
        }
        if (environment.getProperty("schoolveilig.security.password-login", Boolean.class, true)) {
            problems.add("schoolveilig.security.password-login must be false: in production people sign in at the "
                    + "board's identity provider");
        }
        required(environment, problems, "schoolveilig.security.oidc.issuer-uri", "SCHOOLVEILIG_OIDC_ISSUER_URI",
                "the board's identity provider (OpenID Connect issuer)");
        String issuer = environment.getProperty("schoolveilig.security.oidc.issuer-uri", "");
        if (!issuer.isBlank() && !issuer.startsWith("https://")) {
            problems.add("schoolveilig.security.oidc.issuer-uri (SCHOOLVEILIG_OIDC_ISSUER_URI) must start with https://: "
                    + "the provider's keys must not travel unprotected");
        }
        required(environment, problems, "schoolveilig.security.oidc.client-id", "SCHOOLVEILIG_OIDC_CLIENT_ID",
                "Schoolveilig's client id at that provider");
        String clientSecret = environment.getProperty("schoolveilig.security.oidc.client-secret", "");
        if (clientSecret.isBlank()) {
            problems.add(missing("schoolveilig.security.oidc.client-secret", "SCHOOLVEILIG_OIDC_CLIENT_SECRET",
                    "the client secret the provider gave Schoolveilig"));
        } else if (isDefault(clientSecret) || clientSecret.length() < SHORTEST_CLIENT_SECRET) {
            problems.add("schoolveilig.security.oidc.client-secret (SCHOOLVEILIG_OIDC_CLIENT_SECRET) is a default or "
                    + "shorter than " + SHORTEST_CLIENT_SECRET + " characters: use the secret the provider generated");
        }
        String databasePassword = environment.getProperty("spring.datasource.password", "");
        if (databasePassword.isBlank()) {
            problems.add(missing("spring.datasource.password", "SCHOOLVEILIG_DB_PASSWORD", "the database user's password"));
        } else if (isDefault(databasePassword)) {
            problems.add("spring.datasource.password (SCHOOLVEILIG_DB_PASSWORD) is a default: choose a password of its own");
        }
        required(environment, problems, "schoolveilig.security.administrators", "SCHOOLVEILIG_ADMINISTRATORS",
                "the usernames of the board's Schoolveilig administrators, comma-separated");
        return problems;
    }

    private static void required(Environment environment, List<String> problems, String property, String variable,
            String what) {
        if (environment.getProperty(property, "").isBlank()) {
            problems.add(missing(property, variable, what));
        }
    }

    private static String missing(String property, String variable, String what) {
        return property + " is not set: fill in " + what + " (environment variable " + variable + ")";
    }

    private static boolean isDefault(String secret) {
        return KNOWN_DEFAULTS.contains(secret.strip().toLowerCase(Locale.ROOT));
    }

    /** Why a production start was refused: every unsafe or missing setting, one per line. */
    static class UnsafeProductionSettings extends IllegalStateException {

        private final List<String> problems;

        UnsafeProductionSettings(List<String> problems) {
            super("Unsafe production settings:\n - " + String.join("\n - ", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    /** Prints the refusal as Spring Boot prints a failed start: what is wrong, and what to do. */
    public static class Analyzer extends AbstractFailureAnalyzer<UnsafeProductionSettings> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, UnsafeProductionSettings cause) {
            return new FailureAnalysis("Schoolveilig does not start with the production profile while these settings "
                    + "are missing or unsafe:\n - " + String.join("\n - ", cause.problems()),
                    "Fill in each setting named above (the environment variables are the easiest way), or start without "
                            + "the production profile for a demo. See docs/operations.md, \"Production settings\".", cause);
        }
    }
}
