package nl.schoolveilig.intake.internal;

import java.time.Duration;
import java.util.Optional;

import nl.schoolveilig.web.AddressLimit;
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

    private final AddressLimit limit;

    ReportFormLimit(Limits limits) {
        this.limit = new AddressLimit(limits.reportsPerAddress(), limits.window());
    }

    /** Counts a sending of the form; when over the limit, how long until the next one is allowed. */
    Optional<Duration> send(String address) {
        Optional<Duration> wait = limit.take(address);
        wait.ifPresent(w -> log.warn("Report form from {} refused: more than {} sendings in {}", address,
                limit.perAddress(), limit.window()));
        return wait;
    }

    /**
     * @param reportsPerAddress sendings of the form allowed from one client address in the window
     * @param window            the window; the allowance comes back gradually over it
     */
    @ConfigurationProperties("schoolveilig.intake.report-form-limit")
    record Limits(@DefaultValue("20") int reportsPerAddress, @DefaultValue("10m") Duration window) {
    }
}
