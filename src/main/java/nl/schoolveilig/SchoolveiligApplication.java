package nl.schoolveilig;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Schoolveilig. Scheduling is the application's: the overdue watch, the outbox relay and the mail relay
 * run on Spring's scheduler.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SchoolveiligApplication {

    public static void main(String[] args) {
        SpringApplication.run(SchoolveiligApplication.class, args);
    }
}
