package nl.schoolveilig.incident;

import java.time.Instant;

/** Evidence added to a case after the report. */
public record EvidenceView(String description, String url, Instant addedAt, String source) {
}
