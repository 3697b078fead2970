package nl.schoolveilig.security.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param administrators usernames that administer the workflow engine (Camunda's camunda-admin group)
 */
@ConfigurationProperties("schoolveilig.security")
record SecurityProperties(List<String> administrators) {

    SecurityProperties {
        administrators = administrators == null ? List.of() : List.copyOf(administrators);
    }
}
