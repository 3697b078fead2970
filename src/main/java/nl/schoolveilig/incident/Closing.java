package nl.schoolveilig.incident;

import java.time.Instant;

/** How a closed case was closed. */
public record Closing(Instant at, String reason, String summary) {
}
