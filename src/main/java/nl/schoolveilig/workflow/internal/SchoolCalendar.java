package nl.schoolveilig.workflow.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Deadlines the way DOMAIN.md counts them: a term in hours ({@code PT4H}) runs on the wall clock,
 * day and night, weekends included; a term in days ({@code P2D}) counts school days: no weekends,
 * no configured holidays, ending at the same time of day.
 */
@Component
public class SchoolCalendar {

    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final Set<LocalDate> holidays;

    SchoolCalendar(Holidays holidays) {
        this.holidays = Set.copyOf(holidays.holidays());
    }

    /** When a term (ISO-8601, e.g. {@code PT4H} or {@code P2D}) that starts now ends. */
    public Instant deadline(Instant start, String term) {
        if (term.startsWith("PT")) {
            return start.plus(Duration.parse(term));
        }
        int schoolDays = Period.parse(term).getDays();
        ZonedDateTime end = start.atZone(DUTCH_TIME);
        for (int counted = 0; counted < schoolDays; ) {
            end = end.plusDays(1);
            if (isSchoolDay(end.toLocalDate())) {
                counted++;
            }
        }
        return end.toInstant();
    }

    /** For due dates in the BPMN: {@code ${schoolCalendar.dueIn('P2D')}}, from the engine's clock. */
    public Date dueIn(String term) {
        return Date.from(deadline(ClockUtil.getCurrentTime().toInstant(), term));
    }

    /** For legal terms that run from an earlier moment: {@code ${schoolCalendar.after(reportedAt, 'PT72H')}}. */
    public Date after(Date start, String term) {
        return Date.from(deadline(start.toInstant(), term));
    }

    public boolean isSchoolDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(date);
    }

    /** @param holidays days without school besides weekends (public holidays, school holidays) */
    @ConfigurationProperties("schoolveilig.calendar")
    record Holidays(@DefaultValue List<LocalDate> holidays) {
    }
}
