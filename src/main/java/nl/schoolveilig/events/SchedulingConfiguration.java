package nl.schoolveilig.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox relay runs on Spring's scheduler. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {
}
