package nl.schoolveilig.directory;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The directory fills itself at start-up from its seeds (the demo data of the embedded default), then
 * announces {@link DirectoryReady} for those who mirror it elsewhere, like the Camunda identity. It runs
 * in an early lifecycle phase, before the Kafka listeners start: a report waiting on the topic at the
 * first start must find its school, not be dead-lettered as unknown.
 */
@Component
class DirectorySeeding implements SmartLifecycle {

    private final List<DirectorySeed> seeds;
    private final ApplicationEventPublisher events;
    private volatile boolean running;

    DirectorySeeding(List<DirectorySeed> seeds, ApplicationEventPublisher events) {
        this.seeds = seeds;
        this.events = events;
    }

    @Override
    public void start() {
        seeds.forEach(DirectorySeed::seed);
        events.publishEvent(new DirectoryReady());
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the message listener containers (phase {@code Integer.MAX_VALUE - 100}) and the web server. */
    @Override
    public int getPhase() {
        return 0;
    }
}
