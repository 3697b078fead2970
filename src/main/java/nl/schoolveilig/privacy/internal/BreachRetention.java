package nl.schoolveilig.privacy.internal;

import nl.schoolveilig.incident.RetentionEnded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The breach register keeps that a breach happened, when, whether it was reportable and when the AP was
 * told (AVG art. 33(5)); at the end of the case's retention period its free text goes.
 */
@Component
class BreachRetention {

    private final JdbcTemplate jdbc;

    BreachRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RetentionEnded ended) {
        jdbc.update("update breach_register set description = ?, measures = ?, assessed_by = null"
                + " where incident_reference = ?", "\u2026", "\u2026", ended.reference());
    }
}
