package nl.schoolveilig.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests keep personal data as long as cases do ({@code schoolveilig.retention.period}, two years), counted
 * from when the request stopped mattering: a registered channel from the day its owner ended it, a device
 * permission from its last day, any other decided request from its decision. Then, every night, its names,
 * addresses and free text go (the request's fields, its motivation and conditions, its history's form values
 * and its trail's personal values); what kind of request it was, where, what was decided by whom and when stay.
 * A request that is still open or a channel still in the register keeps everything.
 */
@Component
class RequestRetention {

    static final String REMOVED = "[verwijderd]";
    private static final Logger LOG = LoggerFactory.getLogger(RequestRetention.class);
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    /** The fields of a request that say nothing about a person: kept after the retention period. */
    private static final Set<String> KEPT = Set.of("platform", "capacity", "device", "imageChannel", "startDate",
            "validFrom", "validUntil", "groupName", "groupId", "askedBy");

    private final SchoolRequestRepository requests;
    private final RequestService service;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final Period period;
    private final java.time.Clock clock;

    RequestRetention(SchoolRequestRepository requests, RequestService service, ApplicationEventPublisher events,
            TransactionTemplate transaction, JdbcTemplate jdbc, java.time.Clock clock,
            @Value("${schoolveilig.retention.period:P2Y}") Period period) {
        this.requests = requests;
        this.service = service;
        this.events = events;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.clock = clock;
        this.period = period;
    }

    @Scheduled(cron = "${schoolveilig.retention.cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    void nightly() {
        anonymiseDue(clock.instant());
    }

    /** Anonymises every request whose period has ended at {@code now}; the references done. */
    List<String> anonymiseDue(Instant now) {
        List<String> due = requests.findByAnonymisedAtIsNullAndStateIn(List.of(RequestState.DECIDED, RequestState.ENDED))
                .stream().filter(r -> {
                    java.time.ZonedDateTime from = mattersUntil(r);
                    return from != null && !from.plus(period).toInstant().isAfter(now);
                }).map(SchoolRequest::reference).toList();
        List<String> done = due.stream().filter(reference -> Boolean.TRUE.equals(transaction.execute(status -> {
            // The row lock makes a second node (or a second run) skip what the first one is doing.
            if (jdbc.queryForList("select reference from school_request where reference = ? and anonymised_at is null for update",
                    String.class, reference).isEmpty()) {
                return false;
            }
            anonymise(requests.findByReference(reference).orElseThrow(), now);
            events.publishEvent(new RequestRetentionEnded(reference, now));
            return true;
        }))).toList();
        if (!done.isEmpty()) {
            LOG.info("Retention: personal data removed from {} request(s)", done.size());
        }
        return done;
    }

    private void anonymise(SchoolRequest request, Instant now) {
        Map<String, Object> kept = new LinkedHashMap<>();
        service.details(request).forEach((name, value) -> {
            if (KEPT.contains(name)) {
                kept.put(name, value);
            } else if ("pupils".equals(name) && value instanceof List<?> pupils) {
                kept.put("pupilsShown", pupils.size());
            }
        });
        request.anonymise(service.write(kept), REMOVED, now);
        jdbc.update("update request_history set data = '{}' where request_id = ?", request.id());
    }

    /** The day from which the period counts; null while the request still matters (open, or a channel in use). */
    private java.time.ZonedDateTime mattersUntil(SchoolRequest request) {
        if (request.state() == RequestState.ENDED) {
            return request.endedAt().atZone(DUTCH_TIME);
        }
        if (request.type() == RequestType.STAFF_CHANNEL_NOTICE && "ACKNOWLEDGED".equals(request.decision())) {
            return null;
        }
        Object until = service.details(request).get("validUntil");
        java.time.ZonedDateTime decided = request.decidedAt().atZone(DUTCH_TIME);
        if (until != null) {
            java.time.ZonedDateTime lastDay = LocalDate.parse(String.valueOf(until)).plusDays(1).atStartOfDay(DUTCH_TIME);
            return lastDay.isAfter(decided) ? lastDay : decided;
        }
        return decided;
    }
}
