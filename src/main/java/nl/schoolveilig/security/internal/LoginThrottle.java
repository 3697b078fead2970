package nl.schoolveilig.security.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Failed logins, counted per account and per client address (Bucket4j): after too many failures in
 * the window, logins for that account, or from that address, are refused, the right password too,
 * until the window has room again. A successful login clears the account's failures, not the
 * address's. Logged without the password.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final Limits limits;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;

    LoginThrottle(Limits limits) {
        this.limits = limits;
        this.accounts = Caffeine.newBuilder().expireAfterAccess(limits.window()).maximumSize(100_000).build();
        this.addresses = Caffeine.newBuilder().expireAfterAccess(limits.window()).maximumSize(100_000).build();
    }

    /** How long logins for this account or from this address are refused; empty when they are not. */
    Optional<Duration> refusedFor(String username, String address) {
        long wait = Math.max(waitNanos(accounts.getIfPresent(key(username))),
                waitNanos(addresses.getIfPresent(String.valueOf(address))));
        return wait > 0 ? Optional.of(Duration.ofNanos(wait)) : Optional.empty();
    }

    void failed(String username, String address) {
        Bucket account = accounts.get(key(username), k -> bucket(limits.failuresPerAccount()));
        Bucket fromAddress = addresses.get(String.valueOf(address), k -> bucket(limits.failuresPerAddress()));
        boolean accountLocked = !account.tryConsume(1) || account.getAvailableTokens() == 0;
        boolean addressLocked = !fromAddress.tryConsume(1) || fromAddress.getAvailableTokens() == 0;
        log.warn("Failed login for account '{}' from {}{}{}", username, address,
                accountLocked ? "; the account is locked for now" : "",
                addressLocked ? "; the address is locked for now" : "");
    }

    void succeeded(String username) {
        accounts.invalidate(key(username));
    }

    private Bucket bucket(int failures) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(failures).refillGreedy(failures, limits.window()).build())
                .build();
    }

    private static long waitNanos(Bucket bucket) {
        return bucket == null || bucket.getAvailableTokens() > 0 ? 0
                : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private static String key(String username) {
        return String.valueOf(username).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * @param failuresPerAccount failed logins allowed per account in the window
     * @param failuresPerAddress failed logins allowed from one client address in the window
     * @param window             the window; the allowance comes back gradually over it
     */
    @ConfigurationProperties("schoolveilig.security.login-throttle")
    record Limits(@DefaultValue("5") int failuresPerAccount, @DefaultValue("20") int failuresPerAddress,
            @DefaultValue("15m") Duration window) {
    }
}
