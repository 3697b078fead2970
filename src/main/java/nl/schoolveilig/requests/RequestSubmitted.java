package nl.schoolveilig.requests;

import java.time.Instant;

/** A request was made and its process started, in the same transaction. No names, no content. */
public record RequestSubmitted(String reference, RequestType type, String boardId, String schoolId, String requester,
        Instant at) {
}
