package nl.schoolveilig.workflow.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/** The engine's backlog for operations (docs/operations.md), read at each scrape. */
@Component
class EngineMetrics implements MeterBinder {

    private final ManagementService management;

    EngineMetrics(ManagementService management) {
        this.management = management;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        Gauge.builder("schoolveilig.jobs.executable", management, m -> m.createJobQuery().executable().count())
                .description("Engine jobs due now and not yet done (work after save points, timers that fired)")
                .register(meters);
        Gauge.builder("schoolveilig.jobs.failed", management, m -> m.createJobQuery().noRetriesLeft().count())
                .description("Engine jobs that failed with no retries left: incidents in Cockpit").register(meters);
    }
}
