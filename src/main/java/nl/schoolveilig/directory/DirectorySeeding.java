package nl.schoolveilig.directory;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The directory fills itself at start-up from its seeds (the demo data of the embedded default), then
 * announces {@link DirectoryReady} for those who mirror it elsewhere, like the Camunda identity.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DirectorySeeding implements ApplicationRunner {

    private final List<DirectorySeed> seeds;
    private final ApplicationEventPublisher events;

    DirectorySeeding(List<DirectorySeed> seeds, ApplicationEventPublisher events) {
        this.seeds = seeds;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeds.forEach(DirectorySeed::seed);
        events.publishEvent(new DirectoryReady());
    }
}
