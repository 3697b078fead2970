package nl.schoolveilig.workflow.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.schoolveilig.workflow.CaseFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Terms count as their source says, a board may set its own policy terms, and never a legal one. */
class TermsTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant REPORTED = Instant.parse("2026-11-20T15:00:00Z");

    private final SchoolCalendar calendar = new SchoolCalendar(new SchoolCalendar.Holidays(List.of()));
    private final CaseFile cases = mock(CaseFile.class);

    TermsTest() {
        when(cases.place("INC-1")).thenReturn(new CaseFile.Place("noorderkim", "zonnewijzer"));
        when(cases.reportedAt("INC-1")).thenReturn(REPORTED);
    }

    private Terms terms(Map<String, Map<Term, String>> boards) {
        return new Terms(calendar, cases, new Terms.Settings(boards));
    }

    @Test
    void eachTermCountsAsItsSourceSays() {
        Terms terms = terms(Map.of());

        assertThat(terms.deadline(Term.BREACH_NOTIFICATION, "INC-1", MONDAY)).as("72 hours from the report")
                .isEqualTo(REPORTED.plusSeconds(72 * 3600));
        assertThat(terms.deadline(Term.OBJECTION_WINDOW, "INC-1", MONDAY)).as("six calendar weeks")
                .isEqualTo(Instant.parse("2027-01-04T09:00:00Z"));
        assertThat(terms.deadline(Term.VICTIM_CONVERSATION, "INC-1", Instant.parse("2026-11-27T09:00:00Z")))
                .as("two school days from a Friday").isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    }

    @Test
    void aBoardSetsItsOwnPolicyTerm() {
        Terms terms = terms(Map.of("noorderkim", Map.of(Term.AFTERCARE_CHECK, "P21D")));

        assertThat(terms.termFor("noorderkim", Term.AFTERCARE_CHECK)).isEqualTo("P21D");
        assertThat(terms.termFor("kempenhorst", Term.AFTERCARE_CHECK)).isEqualTo("P14D");
        assertThat(terms.deadline(Term.AFTERCARE_CHECK, "INC-1", MONDAY)).isEqualTo(MONDAY.plusSeconds(21L * 24 * 3600));
    }

    @Test
    void aTermFixedByLawOrOfTheWrongKindCannotBeSet() {
        assertThatThrownBy(() -> terms(Map.of("noorderkim", Map.of(Term.BREACH_NOTIFICATION, "PT96H"))))
                .hasMessageContaining("fixed by law");
        assertThatThrownBy(() -> terms(Map.of("noorderkim", Map.of(Term.AFTERCARE_CHECK, "two weeks"))))
                .hasMessageContaining("not an ISO-8601 term");
        assertThatThrownBy(() -> terms(Map.of("noorderkim", Map.of(Term.BREACH_ASSESSMENT, "P1D"))))
                .as("a term from the report runs on the clock").hasMessageContaining("not an ISO-8601 term");
    }
}
