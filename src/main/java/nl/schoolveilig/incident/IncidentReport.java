package nl.schoolveilig.incident;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * One validated report, whatever channel it came through. Intake builds it; the incident feature
 * records it as a case.
 */
public record IncidentReport(
        String schoolId,
        Category category,
        String description,
        OffsetDateTime occurredAt,
        Platform platform,
        String contentUrl,
        Involved offender,
        Victim victim,
        @JsonSerialize(converter = Fact.AsVariables.class) Set<Fact> facts,
        Reporter reporter) {

    public record Involved(PersonRole role, String name) {
    }

    public record Victim(VictimRole role, String name) {
    }

    public IncidentReport {
        facts = facts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(facts));
    }

    /** The reporter; name and e-mail are dropped when the reporter asked to stay anonymous. */
    public record Reporter(PersonRole role, String name, String email, boolean anonymous) {

        public Reporter {
            if (anonymous) {
                name = null;
                email = null;
            }
        }
    }
}
