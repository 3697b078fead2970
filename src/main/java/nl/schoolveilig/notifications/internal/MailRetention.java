package nl.schoolveilig.notifications.internal;

import nl.schoolveilig.incident.RetentionEnded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * At the end of a case's retention period its mails leave the outbox: they name the case in their
 * subject and hold the addresses of the people who got them (the reporter's among them).
 */
@Component
class MailRetention {

    private final JdbcTemplate jdbc;

    MailRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RetentionEnded ended) {
        jdbc.update("delete from mail_message where subject like ?", "%(" + ended.reference() + ")%");
    }
}
