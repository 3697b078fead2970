package nl.schoolveilig.security.internal;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in with the board's identity provider (OpenID Connect): on when {@code issuer-uri} is set.
 *
 * @param issuerUri            the provider's issuer, e.g. {@code https://login.microsoftonline.com/<tenant>/v2.0};
 *                             its discovery document ({@code /.well-known/openid-configuration}) names everything else
 * @param clientId             this application's client id at the provider
 * @param clientSecret         its secret (from the environment: {@code SCHOOLVEILIG_OIDC_CLIENT_SECRET})
 * @param userClaim            the claim of the ID token or bearer token that names the person, {@code email} by default
 * @param matchOn              what that claim is compared with in the directory: the person's e-mail address or username
 * @param requireVerifiedEmail with {@code user-claim: email}, the token must also say {@code email_verified: true}: a
 *                             provider where people type their own address must not let them type someone else's
 * @param audience             a bearer token must be meant for this audience ({@code aud}); the client id when empty
 * @param machineClients       machine clients (client credentials: a token without the user claim), by their client id
 *                             ({@code azp} or {@code client_id} claim), to the directory username they act as
 * @param providerName         how the login page names the provider ("Inloggen met …"), e.g. {@code Microsoft};
 *                             "uw bestuursaccount" when empty
 */
@ConfigurationProperties("schoolveilig.security.oidc")
record OidcProperties(String issuerUri, String clientId, String clientSecret, @DefaultValue("email") String userClaim,
        @DefaultValue("EMAIL") MatchOn matchOn, @DefaultValue("true") boolean requireVerifiedEmail, String audience,
        Map<String, String> machineClients, String providerName) {

    enum MatchOn { EMAIL, USERNAME }

    OidcProperties {
        machineClients = machineClients == null ? Map.of() : Map.copyOf(machineClients);
    }

    boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    String expectedAudience() {
        return audience == null || audience.isBlank() ? clientId : audience;
    }
}
