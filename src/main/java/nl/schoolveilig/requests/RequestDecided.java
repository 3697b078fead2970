package nl.schoolveilig.requests;

import java.time.Instant;

/** The decider decided (or, for a channel notice, asked for changes), on record with the request. */
public record RequestDecided(String reference, RequestType type, String boardId, String schoolId, String decision,
        String decidedBy, Instant at) {
}
