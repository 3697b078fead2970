package nl.schoolveilig.intake.internal;

import io.micrometer.core.instrument.MeterRegistry;
import nl.schoolveilig.incident.Channel;
import org.springframework.stereotype.Component;

/** Reports taken in (new or a copy of an earlier one) and turned away, per channel; see docs/operations.md. */
@Component
class IntakeMetrics {

    static final String ACCEPTED = "schoolveilig.reports.accepted";
    static final String REJECTED = "schoolveilig.reports.rejected";

    private final MeterRegistry meters;

    IntakeMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void accepted(Channel channel, IntakeResult result) {
        meters.counter(ACCEPTED, "channel", channel.name(), "outcome", result.created() ? "new" : "duplicate").increment();
    }

    void rejected(Channel channel, String reason) {
        meters.counter(REJECTED, "channel", channel.name(), "reason", reason).increment();
    }
}
