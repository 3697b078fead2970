package nl.schoolveilig.security.internal;

import java.util.Map;
import java.util.Optional;

import nl.schoolveilig.directory.Account;
import nl.schoolveilig.directory.Directory;
import org.springframework.stereotype.Component;

/**
 * Who a token from the board's identity provider speaks for: the directory person its configured claim names
 * (e-mail or username), or the account a machine client is configured to act as. The token says who someone
 * is; what they may do comes from the directory alone.
 */
@Component
class ClaimedPerson {

    private static final String EMAIL = "email";

    private final Directory directory;
    private final OidcProperties properties;

    ClaimedPerson(Directory directory, OidcProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    /** The person the configured claim names, if the token has that claim and the directory that person. */
    Optional<Account> named(Map<String, Object> claims) {
        Object value = claims.get(properties.userClaim());
        if (!(value instanceof String claimed) || claimed.isBlank()) {
            return Optional.empty();
        }
        if (EMAIL.equals(properties.userClaim()) && properties.requireVerifiedEmail() && !verified(claims)) {
            return Optional.empty();
        }
        return switch (properties.matchOn()) {
            case EMAIL -> directory.accountWithEmail(claimed);
            case USERNAME -> directory.account(claimed);
        };
    }

    /**
     * For a bearer token: the person its claim names; a token without that claim is a machine client's (client
     * credentials have no person), and acts as the account configured for its client id, if any. Never by its
     * subject alone: a subject is the provider's name for someone, not ours.
     */
    Optional<Account> ofBearer(Map<String, Object> claims) {
        if (claims.get(properties.userClaim()) != null) {
            return named(claims);
        }
        Object client = claims.containsKey("azp") ? claims.get("azp") : claims.get("client_id");
        if (!(client instanceof String clientId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(properties.machineClients().get(clientId)).flatMap(directory::account);
    }

    private static boolean verified(Map<String, Object> claims) {
        Object verified = claims.get("email_verified");
        return Boolean.TRUE.equals(verified) || "true".equals(verified);
    }
}
