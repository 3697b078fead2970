package nl.schoolveilig.intake.internal;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * How often one client address may send the public report form (Bucket4j): enough for a school
 * network where many pupils report the same incident, too few to flood the boards with cases. A
 * sender over the limit keeps what they typed and is told when to try again; nothing is accepted, so
 * nothing is lost.
 */
@Component
class ReportFormLimit {

    private static final Logger log = LoggerFactory.getLogger(ReportFormLimit.class);

    private final Limits limits;
    private final Cache<String, Bucket> senders;

    ReportFormLimit(Limits limits) {
        this.limits = limits;
        this.senders = Caffeine.newBuilder().expireAfterAccess(limits.window()).maximumSize(100_000).build();
    }

    /** Counts a sending of the form; when over the limit, how long until the next one is allowed. */
    Optional<Duration> send(String address) {
        Bucket bucket = senders.get(String.valueOf(address), a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limits.reportsPerAddress())
                        .refillGreedy(limits.reportsPerAddress(), limits.window()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        log.warn("Report form from {} refused: more than {} sendings in {}", address, limits.reportsPerAddress(),
                limits.window());
        return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /**
     * @param reportsPerAddress sendings of the form allowed from one client address in the window
     * @param window            the window; the allowance comes back gradually over it
     */
    @ConfigurationProperties("schoolveilig.intake.report-form-limit")
    record Limits(@DefaultValue("20") int reportsPerAddress, @DefaultValue("10m") Duration window) {
    }
}
