package nl.schoolveilig;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SchoolveiligApplication {

    public static void main(String[] args) {
        SpringApplication.run(SchoolveiligApplication.class, args);
    }
}
