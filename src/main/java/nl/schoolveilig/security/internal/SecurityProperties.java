package nl.schoolveilig.security.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param administrators usernames that administer the workflow engine (Camunda's camunda-admin group)
 * @param passwordLogin  whether the directory's passwords are a way in (login form and HTTP Basic): the embedded
 *                       default's demo logins; off in production, where people sign in at the board's provider
 */
@ConfigurationProperties("schoolveilig.security")
record SecurityProperties(List<String> administrators, @DefaultValue("true") boolean passwordLogin) {

    SecurityProperties {
        administrators = administrators == null ? List.of() : List.copyOf(administrators);
    }
}
