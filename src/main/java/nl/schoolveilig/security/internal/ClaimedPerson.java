package nl.schoolveilig.security.internal;

import java.util.Map;
import java.util.Optional;

import nl.schoolveilig.directory.Account;
import nl.schoolveilig.directory.Directory;
import org.springframework.stereotype.Component;

/**
 * Who a token from the board's identity provider speaks for: the directory person its configured claim names
 * (e-mail or username). The token says who someone is; what they may do comes from the directory alone.
 */
@Component
class ClaimedPerson {

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
        return switch (properties.matchOn()) {
            case EMAIL -> directory.accountWithEmail(claimed);
            case USERNAME -> directory.account(claimed);
        };
    }

    /**
     * For a bearer token: the person its claim names; a token without that claim is a machine client's
     * (client credentials: no e-mail), and is the directory's account whose username is the token's subject.
     */
    Optional<Account> ofBearer(Map<String, Object> claims, String subject) {
        if (claims.get(properties.userClaim()) != null) {
            return named(claims);
        }
        return subject == null || subject.isBlank() ? Optional.empty() : directory.account(subject);
    }
}
