package nl.schoolveilig.web;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * How often one client address may send a public form (Bucket4j): the allowance comes back gradually over the
 * window. A sender over the limit is told how long to wait; nothing of theirs is accepted, so nothing is lost.
 */
public final class AddressLimit {

    private final int perAddress;
    private final Duration window;
    private final Cache<String, Bucket> senders;

    public AddressLimit(int perAddress, Duration window) {
        this.perAddress = perAddress;
        this.window = window;
        this.senders = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(100_000).build();
    }

    /** Counts a sending; when over the limit, how long until the next one is allowed. */
    public Optional<Duration> take(String address) {
        Bucket bucket = senders.get(String.valueOf(address), a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perAddress).refillGreedy(perAddress, window).build()).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    public int perAddress() {
        return perAddress;
    }

    public Duration window() {
        return window;
    }
}
