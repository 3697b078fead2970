package nl.schoolveilig.notifications.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseUrl where people open the application: links in mails point here
 * @param from    the sender address
 */
@ConfigurationProperties("schoolveilig.mail")
record MailProperties(@DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("noreply@schoolveilig.example") String from) {
}
