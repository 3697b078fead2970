package nl.schoolveilig.incident;

import java.time.Instant;
import java.util.UUID;

/** A report became a case. Published inside the transaction that opened it. No personal data. */
public record CaseOpened(UUID id, String reference, String boardId, String schoolId, Category category,
        Channel channel, Instant reportedAt) {
}
