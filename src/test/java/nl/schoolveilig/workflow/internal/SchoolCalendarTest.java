package nl.schoolveilig.workflow.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Terms in hours run on the wall clock; terms in days count school days (no weekends, no holidays). */
class SchoolCalendarTest {

    private final SchoolCalendar calendar = new SchoolCalendar(new SchoolCalendar.Holidays(
            List.of(LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-26"))));

    @ParameterizedTest(name = "{1} from {0} (Dutch time) ends {2}")
    @CsvSource({
            "2026-11-20T15:00, P1D, 2026-11-23T15:00",   // Friday + 1 school day = Monday
            "2026-11-18T09:30, P2D, 2026-11-20T09:30",   // Wednesday + 2 = Friday
            "2026-11-20T15:00, P5D, 2026-11-27T15:00",   // a whole school week
            "2026-11-21T10:00, P1D, 2026-11-23T10:00",   // reported on Saturday: Monday
            "2026-12-24T12:00, P1D, 2026-12-28T12:00",   // Christmas and the weekend do not count
            "2026-11-21T22:00, PT4H, 2026-11-22T02:00"   // a critical term runs through the night and weekend
    })
    void aTermEndsOnTheRightDay(String start, String term, String end) {
        Instant from = LocalDateTime.parse(start).atZone(SchoolCalendar.DUTCH_TIME).toInstant();

        assertThat(calendar.deadline(from, term)).isEqualTo(LocalDateTime.parse(end).atZone(SchoolCalendar.DUTCH_TIME).toInstant());
    }
}
