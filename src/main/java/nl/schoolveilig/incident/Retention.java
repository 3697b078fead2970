package nl.schoolveilig.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention job: every night, each closed case past its period ({@link RetentionProperties}) has its
 * personal data removed, one case per transaction, announced as {@link RetentionEnded} so every feature
 * removes its own. The case record keeps school, category, severity, dates, involvement and the steps'
 * names and dates; names, contact details and free text go; chosen options, yes/no and dates of the steps stay.
 */
@Service
public class Retention {

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    private static final String REMOVED = "\u2026";
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final IncidentRepository incidents;
    private final RetentionProperties periods;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Retention(IncidentRepository incidents, RetentionProperties periods, ApplicationEventPublisher events,
            TransactionTemplate transaction, JdbcTemplate jdbc, Clock clock) {
        this.incidents = incidents;
        this.periods = periods;
        this.events = events;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${schoolveilig.retention.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    void nightly() {
        anonymiseDue(clock.instant());
    }

    /** How long after closure a board's cases of each category keep their personal data (what the privacy statement says). */
    public Map<Category, Period> periodsOf(String boardId) {
        Map<Category, Period> byCategory = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            byCategory.put(category, periods.of(boardId, category));
        }
        return byCategory;
    }

    /** Anonymises every closed case whose period has ended at {@code now}; the references done. */
    public List<String> anonymiseDue(Instant now) {
        List<String> due = incidents.findClosedNotAnonymisedBefore(now).stream()
                .filter(i -> !i.closedAt().atZone(DUTCH_TIME).plus(periods.of(i.boardId(), i.category())).toInstant().isAfter(now))
                .map(Incident::reference).toList();
        List<String> done = due.stream().filter(reference -> Boolean.TRUE.equals(transaction.execute(status -> {
            if (incidents.lockNotAnonymised(reference).isEmpty()) {
                return false;
            }
            events.publishEvent(new RetentionEnded(reference, now));
            return true;
        }))).toList();
        if (!done.isEmpty()) {
            LOG.info("Retention: personal data removed from {} closed case(s)", done.size());
        }
        return done;
    }

    /** The case record's own part: the report's names, contact details and free text, and what steps and evidence hold. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RetentionEnded ended) {
        Incident incident = incidents.findByReference(ended.reference())
                .orElseThrow(() -> new IllegalStateException("No case " + ended.reference()));
        incident.anonymise(REMOVED, ended.at());
        jdbc.update("update case_step_field set field_value = ?, field_text = ? where free_text = true and step_id in"
                + " (select id from case_step where incident_id = ?)", REMOVED, REMOVED, incident.id());
        jdbc.update("update evidence set description = ?, url = null where incident_id = ?", REMOVED, incident.id());
    }
}
