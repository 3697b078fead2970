package nl.schoolveilig.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID Connect provider in the test JVM (NAV's mock-oauth2-server: discovery, authorize, token, JWKS,
 * userinfo, end session), started once and used as the board's identity provider by the shared context.
 * Its issuer {@value #ISSUER} is the board's; any other issuer on it is a foreign one with keys of its own.
 */
public final class TestIdentityProvider {

    public static final String ISSUER = "bestuur";
    public static final String CLIENT_ID = "schoolveilig";
    /** A machine client (client credentials) the application knows: it acts as the directory's integratie account. */
    public static final String MACHINE_CLIENT = "leerlingadministratie";

    private static MockOAuth2Server server;

    private TestIdentityProvider() {
    }

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server;
    }

    public static String issuerUri() {
        return server().issuerUrl(ISSUER).toString();
    }

    /** The next sign-in through the browser returns an ID token with these claims. */
    public static void nextSignIn(Map<String, Object> claims) {
        server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "subject-" + claims.hashCode(), "JWT",
                List.of(CLIENT_ID), claims, 3600));
    }

    /** An access token as a machine client would get it from the given issuer. */
    public static String accessToken(String issuer, String subject, List<String> audience, Map<String, Object> claims,
            Duration validFor) {
        return server().issueToken(issuer, subject, new DefaultOAuth2TokenCallback(issuer, subject, "JWT", audience,
                claims, validFor.toSeconds())).serialize();
    }

    /** A token for this application from the board's provider. */
    public static String accessToken(String subject, Map<String, Object> claims) {
        return accessToken(ISSUER, subject, List.of(CLIENT_ID), claims, Duration.ofHours(1));
    }

    /** Points the application at the provider: the shared context's way to sign in besides the demo passwords. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "schoolveilig.security.oidc.issuer-uri=" + issuerUri(),
                    "schoolveilig.security.oidc.client-id=" + CLIENT_ID,
                    "schoolveilig.security.oidc.client-secret=test-only-" + System.nanoTime(),
                    "schoolveilig.security.oidc.provider-name=Testbestuur-ID",
                    "schoolveilig.security.oidc.machine-clients." + MACHINE_CLIENT + "=integratie").applyTo(context);
        }
    }
}
